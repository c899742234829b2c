import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { readIntent, type JobFormResult } from "~/components/job-form/intent";
import { JobForm } from "~/components/job-form/job-form";
import { JobPreview } from "~/components/job-form/job-preview";
import { effectiveStatus, employerActor, findEmployerJob, saveJob } from "~/models/employer-jobs.server";
import { findOpenRevision } from "~/models/job-revisions.server";
import { findEmployer } from "~/models/employers.server";
import { jobInputToView, jobToInput, loadOffenceRules } from "~/models/job-postings.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { wordsToAdviseOn } from "~/models/readings.server";
import { getMinimumHourlyWage } from "~/models/settings.server";
import { jobInputToFormDefaults, makeJobSchema } from "~/schemas/job";
import employerStyles from "~/styles/employer.css?url";
import { jobsStylesheets } from "~/styles/stylesheets";
import { db } from "~/utils/db.server";
import { formError, formValues, parseForm } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { JOB_STATUSES } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";

export const links = () => [
  ...jobsStylesheets,
  { rel: "stylesheet", href: employerStyles },
];

export const meta: MetaFunction = () => [{ title: "求人を直す | 熊本市 協力雇用主 求人サイト" }];

const EDITABLE = new Set(["draft", "pending", "rejected", "published"]);

function jobIdOf(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployer(args);
  const jobId = jobIdOf(args.params);
  const job = assertFound(await findEmployerJob(db, { jobId, employerId: user.employerId }));
  const status = effectiveStatus(job);
  // A posting that has ended is copied, not reopened: its figures and history stay as they were.
  if (!EDITABLE.has(status)) throw redirect(`/employer/jobs/${jobId}`);
  const revision = status === "published" ? await findOpenRevision(db, jobId) : undefined;
  const input = revision?.input ?? jobToInput(job, await loadOffenceRules(db, jobId));
  return {
    job: { id: job.id, title: job.title, status, reason: job.status_reason },
    revisionStatus: revision?.status ?? null,
    minimumHourlyWage: await getMinimumHourlyWage(db),
    hintWords: await wordsToAdviseOn(db),
    defaults: jobInputToFormDefaults(input),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireEmployer(args);
  const jobId = jobIdOf(args.params);
  const employer = assertFound(await findEmployer(db, user.employerId));
  // Ownership first: another employer's posting is not found, whatever the form says.
  const job = assertFound(await findEmployerJob(db, { jobId, employerId: user.employerId }));
  const formData = await args.request.formData();
  const parsed = parseForm(formData, makeJobSchema(await getMinimumHourlyWage(db)));
  if (!parsed.ok) return parsed.response;
  const intent = readIntent(formData);
  if (intent === "preview") {
    return data<JobFormResult>({
      errors: {},
      values: formValues(formData),
      preview: jobInputToView(parsed.data, employer, { id: job.id, publishedAt: job.published_at }),
    });
  }
  const actor = employerActor(user, employer, publicOrigin());
  const outcome = await saveJob(db, actor, jobId, parsed.data, intent);
  if (outcome === null) notFound();
  if (outcome === "ended") {
    return formError(formData, { _form: "この求人は募集が終わっているので、直せません。「複製」して新しい求人をつくってください。" }, 409);
  }
  void deliverPendingMail(db);
  return redirect(`/employer/jobs/${jobId}?done=${outcome}`);
}

export default function EditJob() {
  const { job, revisionStatus, minimumHourlyWage, defaults, hintWords } = useLoaderData<typeof loader>();
  const result = useActionData<JobFormResult>();
  const [params] = useSearchParams();
  const published = job.status === "published";
  return (
    <>
      <h1>求人を直す</h1>
      {params.has("copied") ? (
        <p className="notice" role="status">
          複製して、新しい下書きをつくりました。掲載の終わる日は3か月後にしてあります。内容を確かめて保存してください。
        </p>
      ) : null}
      <p>
        {job.title}（いまの状態: {JOB_STATUSES[job.status]}）
      </p>
      {job.status === "rejected" && job.reason ? (
        <div className="warning">
          <p>
            <strong>市の担当者から、次の点を直すよう頼まれています。</strong>
          </p>
          <p className="prose">{job.reason}</p>
        </div>
      ) : null}
      {job.status === "pending" ? (
        <p className="notice">
          いま市の担当者が確認しています。直して「市に確認してもらう」を押すと、直した内容で確認してもらえます。「下書きとして保存」を押すと、確認の申請を取り下げます。
        </p>
      ) : null}
      {published ? (
        <div className="notice">
          <p>
            この求人は公開中です。変更は、市の担当者が確認してから公開されます。それまでは、いま公開している内容が表示されたままです。
          </p>
          {revisionStatus === "pending" ? <p>前に送った変更を、市の担当者が確認しています。ここで直すと、その変更を置きかえます。</p> : null}
          {revisionStatus === "draft" ? <p>下書きとして保存した変更を表示しています。</p> : null}
        </div>
      ) : null}
      <p>
        <Link to={`/employer/jobs/${job.id}`}>この求人のページへ戻る</Link>
      </p>
      {result?.preview ? <JobPreview job={result.preview} /> : null}
      <JobForm
        hintWords={hintWords}
        minimumHourlyWage={minimumHourlyWage}
        failure={result}
        defaults={defaults}
        mode={published ? "published" : "unpublished"}
      />
    </>
  );
}

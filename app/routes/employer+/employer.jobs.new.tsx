import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { readIntent, type JobFormResult } from "~/components/job-form/intent";
import { JobForm } from "~/components/job-form/job-form";
import { JobPreview } from "~/components/job-form/job-preview";
import { createJob, employerActor } from "~/models/employer-jobs.server";
import { findEmployer } from "~/models/employers.server";
import { jobInputToView } from "~/models/job-postings.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { wordsToAdviseOn } from "~/models/readings.server";
import { getMinimumHourlyWage } from "~/models/settings.server";
import { makeJobSchema, newJobDefaults } from "~/schemas/job";
import employerStyles from "~/styles/employer.css?url";
import { jobsStylesheets } from "~/styles/stylesheets";
import { db } from "~/utils/db.server";
import { formValues, parseForm } from "~/utils/forms.server";
import { assertFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";

export const links = () => [
  ...jobsStylesheets,
  { rel: "stylesheet", href: employerStyles },
];

export const meta: MetaFunction = () => [{ title: "求人をつくる | 熊本市 協力雇用主 求人サイト" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployer(args);
  const employer = assertFound(await findEmployer(db, user.employerId));
  return { minimumHourlyWage: await getMinimumHourlyWage(db), defaults: newJobDefaults(employer), hintWords: await wordsToAdviseOn(db) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireEmployer(args);
  const employer = assertFound(await findEmployer(db, user.employerId));
  const formData = await args.request.formData();
  const parsed = parseForm(formData, makeJobSchema(await getMinimumHourlyWage(db)));
  if (!parsed.ok) return parsed.response;
  const intent = readIntent(formData);
  if (intent === "preview") {
    return data<JobFormResult>({ errors: {}, values: formValues(formData), preview: jobInputToView(parsed.data, employer) });
  }
  const actor = employerActor(user, employer, publicOrigin());
  const jobId = await createJob(db, actor, parsed.data, intent);
  void deliverPendingMail(db);
  return redirect(`/employer/jobs/${jobId}?done=${intent === "submit" ? "submitted" : "saved"}`);
}

export default function NewJob() {
  const { minimumHourlyWage, defaults, hintWords } = useLoaderData<typeof loader>();
  const result = useActionData<JobFormResult>();
  return (
    <>
      <h1>求人をつくる</h1>
      <p>
        ハローワークの求人票と同じ順に並んでいます。<span className="required">必須</span>
        の欄をうめてください。「下書きとして保存」すると、公開の申請はせずに、あとで続きを直せます。
      </p>
      <p>
        <Link to="/employer">ダッシュボードへ戻る</Link>
      </p>
      {result?.preview ? <JobPreview job={result.preview} /> : null}
      <JobForm hintWords={hintWords} minimumHourlyWage={minimumHourlyWage} failure={result} defaults={defaults} mode="new" />
    </>
  );
}

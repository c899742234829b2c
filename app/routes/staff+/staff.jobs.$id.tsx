import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextAreaField, TextField } from "~/components/form-fields";
import { closeJobByStaff, correctJobText, findJobForStaff } from "~/models/staff-jobs.server";
import { closeJobSchema, jobCorrectionSchema } from "~/schemas/staff";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { JOB_STATUSES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.job.title ?? "求人"} | 職員メニュー` }];

function jobId(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const job = assertFound(await findJobForStaff(db, jobId(args.params)));
  return { job };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = jobId(args.params);
  const formData = await args.request.formData();
  if (formData.get("intent") === "close") {
    const parsed = parseForm(formData, closeJobSchema);
    if (!parsed.ok) return parsed.response;
    assertFound(await closeJobByStaff(db, staff, id, parsed.data.reason));
    return redirect(`/staff/jobs/${id}?done=closed`);
  }
  const parsed = parseForm(formData, jobCorrectionSchema);
  if (!parsed.ok) return parsed.response;
  assertFound(await correctJobText(db, staff, id, parsed.data));
  return redirect(`/staff/jobs/${id}?done=corrected`);
}

const DONE: Record<string, string> = {
  corrected: "直しました。公開ページにもすぐ表示されます。監査ログに残りました。",
  closed: "この求人を終了しました。",
};

export default function StaffJob() {
  const { job } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const closeFailure = failure?.values?.intent === "close" ? failure : null;
  const correctFailure = closeFailure ? null : failure;
  const closable = ["published", "pending", "draft", "rejected"].includes(job.status);
  return (
    <>
      <p>
        <Link to="/staff/jobs">求人の一覧へ</Link>
      </p>
      <h1>{job.title}</h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <dl className="facts">
        {(
          [
            ["事業主", <Link key="e" to={`/staff/employers/${job.employer_id}`}>{job.employer_name}</Link>],
            ["状態", `${JOB_STATUSES[job.status]}${job.status_reason ? `（${job.status_reason}）` : ""}`],
            ["給与", formatPay(job.pay_unit, job.pay_min, job.pay_max)],
            ["働く場所", `${job.workplace_address}（${WARDS[job.ward]}）`],
            ["掲載の終わる日", formatDate(job.end_date)],
            ["最後の更新", formatDateTime(job.updated_at)],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {job.status === "published" ? (
        <p>
          <a href={`/jobs/${job.id}`}>公開ページを見る</a>
        </p>
      ) : null}
      {closable ? (
        <details open={closeFailure ? true : undefined}>
          <summary>この求人を終了する</summary>
          <ValidatedForm schema={closeJobSchema} failure={closeFailure} aria-label="求人を終了する">
            <input type="hidden" name="intent" value="close" />
            <TextField name="reason" label="終了する理由" required hint="事業主の画面に表示されます" />
            <SubmitButton danger>終了する</SubmitButton>
          </ValidatedForm>
        </details>
      ) : null}
      <h2>公開される文を直す</h2>
      <p>言葉の誤りや、個人が分かってしまう書き方などを直します。条件（給与・罪名など）は事業主に直してもらってください。</p>
      <ValidatedForm
        schema={jobCorrectionSchema}
        failure={correctFailure}
        defaults={{
          title: job.title,
          description: job.description,
          hours: job.hours,
          days_off: job.days_off,
          pay_note: job.pay_note,
          insurance: job.insurance,
          licenses: job.licenses,
          benefits: job.benefits,
          how_to_apply: job.how_to_apply,
        }}
        aria-label="公開される文を直す"
      >
        <TextField name="title" label="職種" required maxLength={60} />
        <TextAreaField name="description" label="仕事の内容" required rows={6} />
        <TextAreaField name="hours" label="働く時間" required rows={2} />
        <TextAreaField name="days_off" label="休日" required rows={2} />
        <TextAreaField name="pay_note" label="給与の補足" rows={2} />
        <TextField name="insurance" label="加入する保険" />
        <TextField name="licenses" label="必要な免許・資格" />
        <TextAreaField name="benefits" label="その他の待遇" rows={3} />
        <TextAreaField name="how_to_apply" label="応募のしかた" required rows={3} />
        <TextField name="note" label="直した理由（記録に残ります）" required />
        <SubmitButton>直して保存する</SubmitButton>
      </ValidatedForm>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { SelectField, TextField } from "~/components/form-fields";
import { setEmployerStatus } from "~/models/employers.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { decideEmployer } from "~/models/review.server";
import { findEmployerForStaff, sendEmployerPasswordReset, setRegistration } from "~/models/staff-employers.server";
import { registrationSchema, suspendSchema } from "~/schemas/staff";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime, tokyoDay } from "~/utils/dates";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { EMPLOYER_STATUSES, INDUSTRIES, JOB_STATUSES, REGISTRATIONS, WARDS } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.employer.name ?? "事業主"} | 職員メニュー` },
];

function employerId(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  return assertFound(await findEmployerForStaff(db, employerId(args.params)));
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = employerId(args.params);
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  const back = (done: string) => redirect(`/staff/employers/${id}?done=${done}`);
  switch (intent) {
    case "approve": {
      // A pending sign-up goes through the queue's decision (with its mail); a suspended
      // employer is simply reinstated.
      const current = assertFound(await findEmployerForStaff(db, id)).employer.status;
      if (current === "pending") assertFound(await decideEmployer(db, staff, id, "approve"));
      else assertFound(await setEmployerStatus(db, staff, id, "approved"));
      void deliverPendingMail(db);
      return back("approved");
    }
    case "suspend": {
      const parsed = parseForm(formData, suspendSchema);
      if (!parsed.ok) return parsed.response;
      assertFound(await setEmployerStatus(db, staff, id, "suspended", parsed.data.reason));
      return back("suspended");
    }
    case "registration": {
      const parsed = parseForm(formData, registrationSchema);
      if (!parsed.ok) return parsed.response;
      assertFound(await setRegistration(db, staff, id, parsed.data.registration, parsed.data.confirmedOn));
      return back("registration");
    }
    case "passwordReset": {
      const userId = Number(formData.get("userId"));
      const origin = publicOrigin();
      assertFound(await sendEmployerPasswordReset(db, staff, { employerId: id, userId, origin }));
      void deliverPendingMail(db);
      return back("reset");
    }
    default:
      notFound();
  }
}

const DONE: Record<string, string> = {
  approved: "承認しました。",
  suspended: "停止しました。この事業主の求人は公開されなくなり、ログイン中の人はログアウトしました。",
  registration: "協力雇用主の登録状況を記録しました。",
  reset: "パスワード再設定のメールを送りました。",
};

export default function StaffEmployer() {
  const { employer, accounts, jobs } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const suspendFailure = failure?.values?.intent === "suspend" ? failure : null;
  const registrationFailure = failure?.values?.intent === "registration" ? failure : null;
  return (
    <>
      <p>
        <Link to="/staff/employers">事業主の一覧へ</Link>
      </p>
      <h1>{employer.name}</h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <p>
        状態: <span className={`status ${employer.status}`}>{EMPLOYER_STATUSES[employer.status]}</span>
        {employer.status_reason ? `（理由: ${employer.status_reason}）` : null}
        {employer.status === "approved" ? (
          <>
            {" "}
            <a href={`/employers/${employer.id}`}>公開ページを見る</a>
          </>
        ) : null}
      </p>
      <div className="actions">
        {employer.status !== "approved" ? (
          <Form method="post">
            <button type="submit" name="intent" value="approve" className="button primary">
              {employer.status === "suspended" ? "停止を解いて承認する" : "承認する"}
            </button>
          </Form>
        ) : null}
      </div>
      {employer.status === "approved" ? (
        <details open={suspendFailure ? true : undefined}>
          <summary>停止する（求人を非公開にし、ログインを終わらせます）</summary>
          <ValidatedForm schema={suspendSchema} failure={suspendFailure} aria-label="停止する">
            <input type="hidden" name="intent" value="suspend" />
            <TextField name="reason" label="停止する理由" required hint="記録に残り、事業主にも表示されます" />
            <SubmitButton danger>停止する</SubmitButton>
          </ValidatedForm>
        </details>
      ) : null}

      <h2>会社の情報</h2>
      <dl className="facts">
        {(
          [
            ["ふりがな", employer.name_kana],
            ["業種", INDUSTRIES[employer.industry]],
            ["所在地", `${employer.postal_code ? `〒${employer.postal_code} ` : ""}${employer.address}（${WARDS[employer.ward]}）`],
            ["担当者", employer.contact_name],
            ["電話", employer.phone],
            ["ウェブサイト", employer.website || "（なし）"],
            ["従業員数", employer.employee_count === null ? "（なし）" : `${employer.employee_count}人`],
            ["会社の紹介", employer.profile || "（なし）"],
            ["代表者からのメッセージ", employer.message || "（なし）"],
            ["申し込み", formatDateTime(employer.created_at)],
            ["承認", employer.approved_at ? formatDateTime(employer.approved_at) : "（まだ）"],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <h2>協力雇用主の登録</h2>
      <p>
        いま: {REGISTRATIONS[employer.registration]}
        {employer.registration_confirmed_at ? `（確認: ${formatDate(employer.registration_confirmed_at)}）` : null}
      </p>
      <ValidatedForm
        schema={registrationSchema}
        failure={registrationFailure}
        defaults={{
          registration: employer.registration,
          confirmedOn: employer.registration_confirmed_at ? tokyoDay(employer.registration_confirmed_at) : "",
        }}
        aria-label="協力雇用主の登録を記録する"
      >
        <input type="hidden" name="intent" value="registration" />
        <SelectField name="registration" label="登録の状況" options={REGISTRATIONS} required />
        <TextField name="confirmedOn" label="保護観察所で確認した日" type="date" hint="登録済みのときだけ。空けておくと今日になります" />
        <SubmitButton>記録する</SubmitButton>
      </ValidatedForm>

      <h2>求人（{jobs.length}件）</h2>
      {jobs.length ? (
        <ul>
          {jobs.map((j) => (
            <li key={j.id}>
              <Link to={`/staff/jobs/${j.id}`}>{j.title}</Link>（{JOB_STATUSES[j.status]}・{formatDate(j.end_date)}まで）
            </li>
          ))}
        </ul>
      ) : (
        <p>まだありません。</p>
      )}

      <h2>ログインするアカウント</h2>
      <ul className="status-list">
        {accounts.map((a) => (
          <li key={a.id}>
            {a.email}
            {a.display_name ? `（${a.display_name}）` : null}
            {a.disabled_at ? (
              <span className="status suspended">使えません</span>
            ) : (
              <Form method="post" className="inline-form">
                <input type="hidden" name="userId" value={a.id} />{" "}
                <button type="submit" name="intent" value="passwordReset" className="button">
                  パスワード再設定のメールを送る
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

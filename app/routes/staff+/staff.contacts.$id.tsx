import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { recordAudit } from "~/models/audit.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { CheckboxField, SelectField, TextAreaField } from "~/components/form-fields";
import { contactStateLabel } from "~/components/staff/labels";
import { deliverPendingMail } from "~/models/outbox.server";
import { closeContact, findContactRequest, forwardContact } from "~/models/staff-contacts.server";
import { contactOutcomeSchema, forwardSchema } from "~/schemas/staff";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";

export const meta: MetaFunction = () => [{ title: "連絡依頼 | 職員メニュー" }];

function requestId(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  const staff = await requireStaff(args);
  const id = requestId(args.params);
  const found = assertFound(await findContactRequest(db, id));
  // The page shows a person's contact details: each view is recorded.
  await recordAudit(db, staff, "contact.view", { type: "contact_request", id });
  return found;
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = requestId(args.params);
  const formData = await args.request.formData();
  if (formData.get("intent") === "close") {
    const parsed = parseForm(formData, contactOutcomeSchema);
    if (!parsed.ok) return parsed.response;
    assertFound(await closeContact(db, staff, id, parsed.data));
    return redirect(`/staff/contacts/${id}?done=${parsed.data.outcome}`);
  }
  const parsed = parseForm(formData, forwardSchema);
  if (!parsed.ok) return parsed.response;
  const result = assertFound(await forwardContact(db, staff, id, parsed.data));
  if (result === "already") {
    return formError(formData, { resend: "この依頼は、すでに事業主に伝えています。もう一度送るときは「もう一度送る」を選んでください" });
  }
  void deliverPendingMail(db);
  return redirect(`/staff/contacts/${id}?done=${parsed.data.resend ? "resent" : "forwarded"}`);
}

const DONE: Record<string, string> = {
  forwarded: "事業主にメールで伝えました。この依頼は対応済みになりました。",
  resent: "もう一度、事業主にメールで伝えました。",
  done: "対応済みにしました。",
  unable: "「対応できなかった」にしました。",
};

const OUTCOMES = { done: "対応済み", unable: "対応できなかった" };

export default function StaffContact() {
  const { request, forwards } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const closeFailure = failure?.values.intent === "close" ? failure : undefined;
  const forwardFailure = failure?.values.intent === "close" ? undefined : failure;
  const [params] = useSearchParams();
  const done = params.get("done");
  const closed = request.outcome === "done" || request.outcome === "unable";
  return (
    <>
      <p>
        <Link to="/staff/contacts">連絡依頼の一覧へ</Link>
      </p>
      <h1>連絡依頼: {request.name}</h1>
      {done && DONE[done] ? (
        <p className="notice" role="status">
          {DONE[done]}
        </p>
      ) : null}
      <dl className="facts">
        {(
          [
            ["状態", contactStateLabel(request)],
            ...(request.outcome_note ? ([["対応のメモ", request.outcome_note]] as const) : []),
            ["名前・ニックネーム", request.name],
            [request.contact_method === "phone" ? "電話" : "メール", request.contact_value],
            ["連絡してよい時間", request.preferred_time || "（なし）"],
            ["ひとこと", request.message || "（なし）"],
            ["求人", request.job_title ? `${request.job_title}（${request.employer_name}）` : "（消された求人）"],
            ["受け付け", formatDateTime(request.created_at)],
            ["自動で消えるまで", `あと${request.days_left}日`],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {forwards.length ? (
        <>
          <h2>事業主に伝えたこと</h2>
          <ul className="status-list">
            {forwards.map((f) => (
              <li key={f.id}>
                {formatDateTime(f.created_at)}
                {f.recipients ? `・送った先: ${f.recipients}` : ""}
                <pre className="forward-details">{f.details}</pre>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {request.employer_id && (!closed || forwardFailure) ? (
        <>
          <h2>{forwards.length ? "事業主にもう一度伝える" : "事業主に伝える"}</h2>
          <p>本人の了解を得たことだけを選んでください。選んだことだけが、事業主にメールで届きます。</p>
          {forwards.length ? <p>この依頼は、すでに事業主に伝えてあります。同じ内容を二度送らないよう、もう一度送るときだけ「もう一度送る」を選んでください。</p> : null}
          {/* Nothing is ticked at first: staff tick only what the person agreed to. After a
              refused submit the ticks come back exactly as sent. */}
          {/* A fresh, empty form after each forward: nothing stays ticked to be sent again. */}
          <ValidatedForm key={forwards.length} schema={forwardSchema} failure={forwardFailure} aria-label="事業主に伝える">
            <input type="hidden" name="intent" value="forward" />
            <CheckboxField name="sendName" label="名前・ニックネーム" />
            <CheckboxField name="sendContact" label="連絡先" />
            <CheckboxField name="sendPreferredTime" label="連絡してよい時間" />
            <CheckboxField name="sendMessage" label="ひとこと（本人の書いた文）" />
            <TextAreaField name="note" label="事業主への添え書き" rows={3} />
            {forwards.length ? <CheckboxField name="resend" label="もう一度送る" /> : null}
            <SubmitButton>{forwards.length ? "事業主にもう一度伝える" : "事業主に伝える"}</SubmitButton>
          </ValidatedForm>
        </>
      ) : !request.employer_id ? (
        <p>求人が消されたため、事業主に伝えることはできません。</p>
      ) : null}
      {closed && !closeFailure ? null : (
        <>
          <h2>対応を終える</h2>
          <p>事業主に伝えずに終えるときや、本人と連絡がとれなかったときに使います。</p>
          <ValidatedForm schema={contactOutcomeSchema} failure={closeFailure} aria-label="対応を終える">
            <input type="hidden" name="intent" value="close" />
            <SelectField name="outcome" label="どうなったか" options={OUTCOMES} required />
            <TextAreaField name="outcomeNote" label="メモ（対応できなかったときは、わけを書いてください）" rows={3} />
            <SubmitButton>対応を終える</SubmitButton>
          </ValidatedForm>
        </>
      )}
    </>
  );
}

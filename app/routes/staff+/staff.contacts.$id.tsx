import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { recordAudit } from "~/models/audit.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { CheckboxField, TextAreaField } from "~/components/form-fields";
import { CONTACT_STATUS_LABELS } from "~/components/staff/labels";
import { deliverPendingMail } from "~/models/outbox.server";
import { findContactRequest, forwardContact } from "~/models/staff-contacts.server";
import { forwardSchema } from "~/schemas/staff";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { parseForm, type FormFailure } from "~/utils/forms.server";
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
  const parsed = parseForm(formData, forwardSchema);
  if (!parsed.ok) return parsed.response;
  assertFound(await forwardContact(db, staff, id, parsed.data));
  void deliverPendingMail(db);
  return redirect(`/staff/contacts/${id}?done=forwarded`);
}

export default function StaffContact() {
  const { request, forwards } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  return (
    <>
      <p>
        <Link to="/staff/contacts">連絡依頼の一覧へ</Link>
      </p>
      <h1>連絡依頼: {request.name}</h1>
      {params.get("done") ? (
        <p className="notice" role="status">
          事業主にメールで伝えました。
        </p>
      ) : null}
      <dl className="facts">
        {(
          [
            ["状態", CONTACT_STATUS_LABELS[request.status]],
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
                <pre className="forward-details">{f.details}</pre>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {request.employer_id ? (
        <>
          <h2>事業主に伝える</h2>
          <p>本人の了解を得たことだけを選んでください。選んだことだけが、事業主にメールで届きます。</p>
          {/* After a refused submit the ticks come back exactly as sent: an unticked box sends nothing. */}
          <ValidatedForm schema={forwardSchema} failure={failure} defaults={{ sendName: true, sendContact: true }} aria-label="事業主に伝える">
            <CheckboxField name="sendName" label="名前・ニックネーム" />
            <CheckboxField name="sendContact" label="連絡先" />
            <CheckboxField name="sendPreferredTime" label="連絡してよい時間" />
            <CheckboxField name="sendMessage" label="ひとこと（本人の書いた文）" />
            <TextAreaField name="note" label="事業主への添え書き" rows={3} />
            <SubmitButton>事業主に伝える</SubmitButton>
          </ValidatedForm>
        </>
      ) : (
        <p>求人が消されたため、事業主に伝えることはできません。</p>
      )}
    </>
  );
}

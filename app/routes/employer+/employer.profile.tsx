import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { data } from "@remix-run/node";
import { requireEmployerAccount, type EmployerUser } from "~/auth/guards.server";
import { EmployerProfileFields } from "~/components/employer-profile-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { findEmployer } from "~/models/employers.server";
import { profileToInput, resubmitEmployer, updateEmployerProfile } from "~/models/employer-profile.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { employerProfileSchema } from "~/schemas/employer";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, forbidden } from "~/utils/http";
import { CITY_OFFICE } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";

export const meta: MetaFunction = () => [{ title: "会社の情報 | 熊本市 協力雇用主 求人サイト" }];

// A stopped or refused account keeps what it had; only the city can reopen it.
function requireEditable(user: EmployerUser) {
  if (user.employerStatus === "suspended" || user.employerStatus === "rejected") {
    forbidden("現在、このアカウントでは会社の情報を変えられません。市の担当者にお問い合わせください。");
  }
}

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployerAccount(args);
  const employer = assertFound(await findEmployer(db, user.employerId));
  if (employer.status === "suspended" || employer.status === "rejected") {
    // A plain page that says why and whom to call, rather than an error.
    return data({ closed: { status: employer.status, reason: employer.status_reason }, editable: null }, { status: 403 });
  }
  const input = profileToInput(employer);
  return {
    closed: null,
    editable: {
      approved: employer.status === "approved",
      sentBack: employer.sent_back_at ? { at: employer.sent_back_at, reason: employer.status_reason } : null,
      employerId: employer.id,
      defaults: { ...input, employeeCount: input.employeeCount === null ? "" : String(input.employeeCount) },
    },
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireEmployerAccount(args);
  requireEditable(user);
  const formData = await args.request.formData();
  const parsed = parseForm(formData, employerProfileSchema);
  if (!parsed.ok) return parsed.response;
  const changed = await updateEmployerProfile(db, user, parsed.data, `${publicOrigin()}/staff/employers`);
  // A sent-back application goes back to the city with the corrections.
  const resubmitted = formData.get("intent") === "resubmit" && (await resubmitEmployer(db, user, `${publicOrigin()}/staff`));
  void deliverPendingMail(db);
  if (resubmitted) return redirect("/employer?done=resubmitted");
  return redirect(`/employer/profile?done=${changed.length ? "saved" : "same"}`);
}

function Closed({ status, reason }: { status: string; reason: string }) {
  return (
    <div className="narrow">
      <h1>会社の情報</h1>
      <div className="warning">
        <p>
          <strong>
            {status === "rejected"
              ? "利用のお申し込みは、承認されませんでした（不承認）。このアカウントでは、会社の情報を直したり、求人を出したりできません。"
              : "このアカウントは、市が利用を止めています。会社の情報は直せません。"}
          </strong>
        </p>
        {reason ? <p className="prose">理由: {reason}</p> : null}
        <p>
          お問い合わせは {CITY_OFFICE.name}（電話 {CITY_OFFICE.phone}、{CITY_OFFICE.hours}）へどうぞ。
        </p>
      </div>
      <p>
        <Link to="/employer">事業主のページへ戻る</Link>
      </p>
    </div>
  );
}

export default function EmployerProfile() {
  const { closed, editable } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = params.get("done");
  if (closed || !editable) return <Closed status={closed?.status ?? ""} reason={closed?.reason ?? ""} />;
  const { approved, sentBack, employerId, defaults } = editable;
  return (
    <div className="narrow">
      <h1>会社の情報</h1>
      {done ? (
        <p className="notice" role="status">
          {done === "same" ? "変わったところはありませんでした。" : "保存しました。"}
        </p>
      ) : null}
      <p>
        {approved ? (
          <>
            ここで直した内容は、すぐに<Link to={`/employers/${employerId}`}>会社のページ</Link>と求人に表示されます。市の担当者にも、変わった項目をお知らせします。
          </>
        ) : (
          "市の担当者は、ここに書かれた内容を見て確認します。"
        )}
      </p>
      {sentBack ? (
        <div className="warning" id="sent-back">
          <p>
            <strong>市の担当者から、直してほしい点が届いています（差し戻し）。</strong>
          </p>
          <p className="prose">理由: {sentBack.reason}</p>
          <p>下の内容を直して、「直したので、もう一度審査を頼む」を押してください。</p>
        </div>
      ) : null}
      <ValidatedForm schema={employerProfileSchema} failure={failure} defaults={defaults} aria-label="会社の情報">
        <EmployerProfileFields />
        {sentBack ? (
          <SubmitButton name="intent" value="resubmit">
            直したので、もう一度審査を頼む
          </SubmitButton>
        ) : (
          <SubmitButton>保存する</SubmitButton>
        )}
      </ValidatedForm>
    </div>
  );
}

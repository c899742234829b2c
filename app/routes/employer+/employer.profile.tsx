import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireEmployerAccount, type EmployerUser } from "~/auth/guards.server";
import { EmployerProfileFields } from "~/components/employer-profile-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { findEmployer } from "~/models/employers.server";
import { profileToInput, updateEmployerProfile } from "~/models/employer-profile.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { employerProfileSchema } from "~/schemas/employer";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, forbidden } from "~/utils/http";
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
  requireEditable(user);
  const employer = assertFound(await findEmployer(db, user.employerId));
  const input = profileToInput(employer);
  return {
    approved: employer.status === "approved",
    employerId: employer.id,
    defaults: { ...input, employeeCount: input.employeeCount === null ? "" : String(input.employeeCount) },
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireEmployerAccount(args);
  requireEditable(user);
  const formData = await args.request.formData();
  const parsed = parseForm(formData, employerProfileSchema);
  if (!parsed.ok) return parsed.response;
  const changed = await updateEmployerProfile(db, user, parsed.data, `${publicOrigin()}/staff/employers`);
  void deliverPendingMail(db);
  return redirect(`/employer/profile?done=${changed.length ? "saved" : "same"}`);
}

export default function EmployerProfile() {
  const { approved, employerId, defaults } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = params.get("done");
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
      <ValidatedForm schema={employerProfileSchema} failure={failure} defaults={defaults} aria-label="会社の情報">
        <EmployerProfileFields />
        <SubmitButton>保存する</SubmitButton>
      </ValidatedForm>
    </div>
  );
}

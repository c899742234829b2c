import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLocation, useSearchParams } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { EmployerEventFields } from "~/components/employer-event-fields";
import { proposeEvent } from "~/models/employer-events.server";
import { employerActor } from "~/models/employer-jobs.server";
import { findEmployer } from "~/models/employers.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { employerEventSchema } from "~/schemas/employer";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";

export const meta: MetaFunction = () => [{ title: "セミナー・見学会の日程を出す | 熊本市 協力雇用主 求人サイト" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireEmployer(args);
  return null;
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireEmployer(args);
  const employer = assertFound(await findEmployer(db, user.employerId));
  const formData = await args.request.formData();
  const parsed = parseForm(formData, employerEventSchema);
  if (!parsed.ok) return parsed.response;
  await proposeEvent(db, employerActor(user, employer, publicOrigin()), parsed.data);
  void deliverPendingMail(db);
  return redirect("/employer/events/new?sent=1");
}

export default function NewEmployerEvent() {
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const location = useLocation();
  return (
    <div className="narrow">
      <h1>セミナー・見学会の日程を出す</h1>
      {params.has("sent") ? (
        <p className="notice" role="status">
          日程を送りました。市の担当者が確認してから公開します。結果はダッシュボードで見られます。
        </p>
      ) : null}
      <p>
        会社の説明をするセミナーや、職場を見てもらう見学会の日程を出せます。市の担当者が確認してから、「説明会・セミナー」のページに載ります。
      </p>
      <ValidatedForm key={location.key} schema={employerEventSchema} failure={failure} aria-label="セミナー・見学会の日程">
        <EmployerEventFields />
        <SubmitButton>市に確認してもらう</SubmitButton>
      </ValidatedForm>
      <p>
        <Link to="/employer">ダッシュボードへ戻る</Link>
      </p>
    </div>
  );
}


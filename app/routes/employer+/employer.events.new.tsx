import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLocation, useSearchParams } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { proposeEvent } from "~/models/employer-events.server";
import { employerActor } from "~/models/employer-jobs.server";
import { findEmployer } from "~/models/employers.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { EMPLOYER_EVENT_KINDS, employerEventSchema } from "~/schemas/employer";
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
        <fieldset>
          <legend>どんな会か</legend>
          <SelectField name="kind" label="種類" options={EMPLOYER_EVENT_KINDS} required />
          <TextField name="title" label="名前" required hint="例: 建設の仕事がわかる職場見学会" />
          <TextAreaField name="description" label="内容" hint="何をするのか、どんな人に来てほしいか" />
        </fieldset>
        <fieldset>
          <legend>日時</legend>
          <TextField name="day" label="日にち" type="date" required />
          <TextField name="start_time" label="始まる時間" type="time" required hint="例: 13:30" />
          <TextField name="end_time" label="終わる時間" type="time" required hint="例: 15:00" />
        </fieldset>
        <fieldset>
          <legend>場所</legend>
          <TextField name="venue" label="場所の名前" required hint="例: 本社 2階 会議室" />
          <TextField name="address" label="場所の住所" required hint="例: 熊本市北区植木町1-1" />
        </fieldset>
        <fieldset>
          <legend>参加のしかた</legend>
          <TextField name="capacity" label="定員" inputMode="numeric" hint="人数（半角の数字）。決めていなければ空けておいてください" />
          <TextField name="what_to_bring" label="持ち物" hint="例: 筆記用具、動きやすい服" />
          <TextAreaField name="how_to_join" label="申し込みのしかた" rows={3} hint="例: 保護観察官を通して申し込んでください" />
        </fieldset>
        <SubmitButton>市に確認してもらう</SubmitButton>
      </ValidatedForm>
      <p>
        <Link to="/employer">ダッシュボードへ戻る</Link>
      </p>
    </div>
  );
}


import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { StatsNav } from "~/components/stats-nav";
import { SurveyFields, eventChoices } from "~/components/survey-fields";
import { findSurvey, listEventsForSurvey } from "~/models/surveys.server";
import { SURVEY_AUDIENCES, SURVEY_STATUSES, surveySchema } from "~/schemas/survey";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import type { FormFailure } from "~/utils/forms.server";
import { assertFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import statsStyles from "~/styles/stats.css?url";
import { handleSurveyAction, surveyIdParam } from "./actions.server";
import { QuestionEditor } from "./questions";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.survey.title ?? "アンケート"} | 職員メニュー` },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const survey = assertFound(await findSurvey(db, surveyIdParam(args.params)));
  const url = new URL(args.request.url);
  const edit = Number(url.searchParams.get("edit"));
  return {
    survey,
    events: await listEventsForSurvey(db),
    publicUrl: `${publicOrigin()}/surveys/${survey.public_id}`,
    editing: survey.questions.find((q) => q.id === edit) ?? null,
    notice: url.searchParams.get("done"),
  };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = surveyIdParam(args.params);
  const result = await handleSurveyAction(staff, id, await args.request.formData());
  return result ?? redirect(`/staff/surveys/${id}`);
}

const NOTICES: Record<string, string> = {
  saved: "保存しました。",
  opened: "回答の受付を始めました。",
  closed: "回答の受付を締め切りました。",
};

export default function SurveyEditor() {
  const { survey, events, publicUrl, editing, notice } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const failedIntent = failure?.values?.intent;
  const draft = survey.status === "draft";
  return (
    <>
      <h1>{survey.title}</h1>
      <StatsNav />
      {notice && NOTICES[notice] ? (
        <p className="notice" role="status">
          {NOTICES[notice]}
        </p>
      ) : null}
      {failure?.errors?._form && !["meta", "add-question", "update-question"].includes(String(failedIntent)) ? (
        <p className="form-error" role="alert">
          {failure.errors._form}
        </p>
      ) : null}
      <ul className="survey-facts">
        <li>
          状態: <span className="status-tag">{SURVEY_STATUSES[survey.status]}</span>
        </li>
        <li>答える人: {SURVEY_AUDIENCES[survey.audience]}</li>
        {survey.event_title ? (
          <li>
            説明会・セミナー: {formatDate(survey.event_starts_at!)} {survey.event_title}
          </li>
        ) : null}
        <li>
          回答: 合計{survey.responses}件（ウェブ {survey.online}件・紙 {survey.paper}件）
        </li>
      </ul>
      <div className="button-row">
        <Form method="post">
          <input type="hidden" name="intent" value={survey.status === "open" ? "close" : "open"} />
          <button type="submit" className="button primary">
            {survey.status === "open" ? "受付を締め切る" : survey.status === "draft" ? "受付を始める" : "受付を再開する"}
          </button>
        </Form>
        <Link to={`/staff/surveys/${survey.id}/results`} className="button">
          結果を見る
        </Link>
        <Link to={`/staff/surveys/${survey.id}/print`} className="button">
          紙のアンケートを印刷する（A4）
        </Link>
        {draft ? null : (
          <Link to={`/staff/surveys/${survey.id}/paper`} className="button">
            紙の回答を入力する
          </Link>
        )}
      </div>
      {draft ? (
        <p className="hint">受付を始めると、質問は変えられなくなります（答えの集計がずれないようにするためです）。</p>
      ) : (
        <section aria-labelledby="link-heading">
          <h2 id="link-heading">答えてもらうためのリンク</h2>
          <p>
            <a href={publicUrl}>{publicUrl}</a>
          </p>
          <img src={`/surveys/${survey.public_id}/qr.svg`} alt={`${survey.title}のページを開くQRコード`} className="qr" width="192" height="192" />
          <h3>会場モード（説明会の会場で、1台のタブレットを順番に使うとき）</h3>
          <p>
            答え終わるたびに、次の人のための新しい用紙になります。「答えました」の印も、答えも、端末には残しません。
            会場のタブレットで、このリンクを開いてください。
          </p>
          <p>
            <a href={`${publicUrl}?venue=1`}>会場モードで開く</a>
          </p>
        </section>
      )}

      <QuestionEditor survey={survey} editing={editing} failure={failedIntent === "meta" ? undefined : failure} />

      {draft ? (
        <section className="entry-form" aria-labelledby="meta-heading">
          <h2 id="meta-heading">アンケートの名前と説明</h2>
          <ValidatedForm
            schema={surveySchema}
            failure={failedIntent === "meta" ? failure : undefined}
            defaults={{
              title: survey.title,
              description: survey.description,
              audience: survey.audience,
              eventId: survey.event_id ? String(survey.event_id) : "",
            }}
            aria-label="アンケートの名前と説明"
          >
            <input type="hidden" name="intent" value="meta" />
            <SurveyFields events={eventChoices(events)} />
            <SubmitButton>保存する</SubmitButton>
          </ValidatedForm>
        </section>
      ) : null}
    </>
  );
}

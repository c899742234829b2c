import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { SurveyFields, eventChoices } from "~/components/survey-fields";
import { StatsNav } from "~/components/stats-nav";
import { UnknownEventError, createSurvey, listEventsForSurvey, listSurveys } from "~/models/surveys.server";
import { SURVEY_AUDIENCES, SURVEY_STATUSES, surveySchema } from "~/schemas/survey";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import statsStyles from "~/styles/stats.css?url";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction = () => [{ title: "アンケート | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  return { surveys: await listSurveys(db), events: await listEventsForSurvey(db) };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const formData = await args.request.formData();
  const parsed = parseForm(formData, surveySchema);
  if (!parsed.ok) return parsed.response;
  try {
    const survey = await createSurvey(db, staff, parsed.data);
    return redirect(`/staff/surveys/${survey.id}`);
  } catch (error) {
    if (error instanceof UnknownEventError) return formError(formData, { eventId: "説明会・セミナーを選び直してください" });
    throw error;
  }
}

export default function Surveys() {
  const { surveys, events } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  return (
    <>
      <h1>アンケート</h1>
      <StatsNav />
      <p>
        説明会の参加者や事業主に答えてもらう、名前を書かないアンケートです。答えた人のアカウント・住所・時刻は記録しません（記録するのは答えた日だけです）。
      </p>
      {surveys.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">名前</th>
                <th scope="col">答える人</th>
                <th scope="col">状態</th>
                <th scope="col">回答数</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/staff/surveys/${s.id}`}>{s.title}</Link>
                    {s.event_title ? (
                      <>
                        <br />
                        <span className="hint">{s.event_title}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{SURVEY_AUDIENCES[s.audience]}</td>
                  <td>{SURVEY_STATUSES[s.status]}</td>
                  <td>
                    <Link to={`/staff/surveys/${s.id}/results`} aria-label={`${s.title}の結果（${s.responses ?? 0}件）`}>
                      {s.responses ?? 0}件
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>アンケートはまだありません。</p>
      )}
      <section className="entry-form" aria-labelledby="new-heading">
        <h2 id="new-heading">新しいアンケートを作る</h2>
        <ValidatedForm schema={surveySchema} failure={failure} aria-label="新しいアンケート">
          <SurveyFields events={eventChoices(events)} />
          <SubmitButton>作る</SubmitButton>
        </ValidatedForm>
      </section>
    </>
  );
}

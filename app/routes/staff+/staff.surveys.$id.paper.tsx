import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { randomUUID } from "node:crypto";
import { requireStaff } from "~/auth/guards.server";
import { StatsNav } from "~/components/stats-nav";
import { AnswerForm } from "~/components/survey-answer-form";
import { submitPaperResponse } from "~/models/survey-responses.server";
import { findSurvey } from "~/models/surveys.server";
import { db } from "~/utils/db.server";
import { formError, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { parseAnswers } from "~/utils/survey-answers.server";
import statsStyles from "~/styles/stats.css?url";

// /staff/surveys/:id/paper: staff type in the answers of paper questionnaires, one sheet
// per submission, checked by the same schema as an answer on the web and stored marked as
// paper. The audit entry says that a sheet was entered and by whom, not what it said.

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `紙の回答を入力：${data?.survey.title ?? "アンケート"} | 職員メニュー` },
];

function surveyId(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const survey = assertFound(await findSurvey(db, surveyId(args.params)));
  const saved = new URL(args.request.url).searchParams.get("saved") === "1";
  // A new key after each saved sheet gives an empty form for the next one.
  return { survey, saved, formKey: randomUUID() };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = surveyId(args.params);
  const survey = assertFound(await findSurvey(db, id));
  const formData = await args.request.formData();
  if (survey.status === "draft") {
    return formError(new FormData(), { _form: "受付を始める前のアンケートには、答えを入力できません。" }, 409);
  }
  const parsed = parseAnswers(formData, survey.questions);
  if (!parsed.ok) return parsed.response;
  const stored = await submitPaperResponse(db, staff, id, parsed.data);
  if (!stored) return formError(new FormData(), { _form: "受付を始める前のアンケートには、答えを入力できません。" }, 409);
  return redirect(`/staff/surveys/${id}/paper?saved=1`);
}

export default function PaperAnswers() {
  const { survey, saved, formKey } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  return (
    <>
      <h1>紙の回答を入力：{survey.title}</h1>
      <StatsNav />
      {saved ? (
        <p className="notice" role="status">
          1枚分を保存しました。次の用紙を入力できます。
        </p>
      ) : null}
      <p>
        回答 合計{survey.responses}件（ウェブ {survey.online}件・紙 {survey.paper}件）。{" "}
        <Link to={`/staff/surveys/${survey.id}/results`}>結果を見る</Link>・
        <Link to={`/staff/surveys/${survey.id}`}>アンケートの設定へ</Link>
      </p>
      {survey.status === "draft" ? (
        <p className="warning">受付を始める前のアンケートには、答えを入力できません。</p>
      ) : (
        <>
          <p className="hint">
            用紙1枚ごとに、書かれているとおりに入力して「1枚分を保存する」を押します。何も書かれていない質問は空けておきます。入力した答えは「紙」として数えます。
          </p>
          <AnswerForm key={formKey} questions={survey.questions} failure={failure} label="紙の用紙1枚分の答え" submitLabel="1枚分を保存する" />
        </>
      )}
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { findPublicSurvey } from "~/models/surveys.server";
import { submitResponse } from "~/models/survey-responses.server";
import { db } from "~/utils/db.server";
import { formError, type FormFailure } from "~/utils/forms.server";
import { assertFound } from "~/utils/http";
import statsStyles from "~/styles/stats.css?url";
import { AnswerForm } from "./answer-form";
import { answeredCookie, hasAnswered } from "./answered.server";
import { parseAnswers } from "./answers.server";

// The public answering page: no account, no JavaScript needed. Open to anyone on purpose
// (the one page of this area without a staff guard); it stores nothing about who answers.

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.survey.title ?? "アンケート"} | 熊本市 協力雇用主 求人サイト` },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const survey = assertFound(await findPublicSurvey(db, params.publicId ?? ""));
  const done = new URL(request.url).searchParams.get("done") === "1";
  return { survey, answered: done || hasAnswered(request, survey.public_id) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const survey = assertFound(await findPublicSurvey(db, params.publicId ?? ""));
  const thanks = `/surveys/${survey.public_id}?done=1`;
  // A second answer from the same browser is not stored (a soft limit, see answered.server).
  if (hasAnswered(request, survey.public_id)) return redirect(thanks);
  const formData = await request.formData();
  if (survey.status !== "open") return formError(new FormData(), { _form: "このアンケートの受付は終わりました。" }, 410);
  const parsed = parseAnswers(formData, survey.questions);
  if (!parsed.ok) return parsed.response;
  const stored = await submitResponse(db, survey.id, parsed.data);
  if (!stored) return formError(new FormData(), { _form: "このアンケートの受付は終わりました。" }, 410);
  return redirect(thanks, {
    headers: { "Set-Cookie": answeredCookie(survey.public_id, context.https === true) },
  });
}

export default function AnswerSurvey() {
  const { survey, answered } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  if (answered) {
    return (
      <div className="narrow">
        <h1>ありがとうございました</h1>
        <p>「{survey.title}」に答えていただき、ありがとうございました。いただいた答えは、市の仕事をよくするために使います。</p>
        <p>
          <Link to="/">トップページへ</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{survey.title}</h1>
      {survey.status !== "open" ? (
        <p className="warning">このアンケートの受付は終わりました。</p>
      ) : (
        <>
          {survey.description ? <p>{survey.description}</p> : null}
          <p className="notice">
            名前は書きません。答えた人がだれかは、市にもわかりません。
            二重に答えないよう、このブラウザーに「答えました」という印だけを残します（名前や番号は入っていません）。
          </p>
          <AnswerForm questions={survey.questions} failure={failure} />
        </>
      )}
    </div>
  );
}

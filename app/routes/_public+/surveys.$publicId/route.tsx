import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { randomUUID } from "node:crypto";
import { AnswerForm } from "~/components/survey-answer-form";
import { findPublicSurvey } from "~/models/surveys.server";
import { submitResponse } from "~/models/survey-responses.server";
import { db } from "~/utils/db.server";
import { formError, type FormFailure } from "~/utils/forms.server";
import { assertFound } from "~/utils/http";
import { parseAnswers } from "~/utils/survey-answers.server";
import statsStyles from "~/styles/stats.css?url";
import { answeredCookie, hasAnswered } from "./answered.server";
import { pageMeta, titled } from "~/utils/seo";

// The public answering page: no account, no JavaScript needed. Open to anyone on purpose
// (the one page of this area without a staff guard); it stores nothing about who answers.
//
// 「会場モード」 (?venue=1) is for one tablet passed from person to person at a fair: after
// each answer the same empty form comes back with a short thank-you. Nothing stays on the
// device: no "answered" cookie is read or written, the form asks the browser not to
// remember what was typed, and the page is not kept in the browser's cache (so "back"
// cannot show the previous person's answers).

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction<typeof loader> = (args) =>
  pageMeta(args, {
    title: titled(args.data?.survey.title ?? "アンケート"),
    description: "熊本市のアンケートです。名前は聞きません。",
    noindex: true,
  });
export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => {
  const headers = new Headers(loaderHeaders);
  if (actionHeaders.get("Cache-Control")) headers.set("Cache-Control", actionHeaders.get("Cache-Control")!);
  return headers;
};

const NO_STORE = { "Cache-Control": "no-store" };

function isVenueMode(request: Request) {
  return new URL(request.url).searchParams.get("venue") === "1";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const survey = assertFound(await findPublicSurvey(db, params.publicId ?? ""));
  const url = new URL(request.url);
  if (isVenueMode(request)) {
    // A new key each time makes React draw a new, empty form after every answer.
    return data(
      { survey, answered: false, venue: true, sent: url.searchParams.get("sent") === "1", formKey: randomUUID() },
      { headers: NO_STORE },
    );
  }
  const done = url.searchParams.get("done") === "1";
  return { survey, answered: done || hasAnswered(request, survey.public_id), venue: false, sent: false, formKey: "" };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const survey = assertFound(await findPublicSurvey(db, params.publicId ?? ""));
  const venue = isVenueMode(request);
  const thanks = venue ? `/surveys/${survey.public_id}?venue=1&sent=1` : `/surveys/${survey.public_id}?done=1`;
  // A second answer from the same browser is not stored (a soft limit, see answered.server);
  // in venue mode every answer is a different person's.
  if (!venue && hasAnswered(request, survey.public_id)) return redirect(thanks);
  const formData = await request.formData();
  const closed = () => formError(new FormData(), { _form: "このアンケートの受付は終わりました。" }, 410);
  if (survey.status !== "open") return closed();
  const parsed = parseAnswers(formData, survey.questions);
  if (!parsed.ok) return parsed.response;
  const stored = await submitResponse(db, survey.id, parsed.data);
  if (!stored) return closed();
  if (venue) return redirect(thanks, { headers: NO_STORE });
  return redirect(thanks, {
    headers: { "Set-Cookie": answeredCookie(survey.public_id, context.https === true) },
  });
}

export default function AnswerSurvey() {
  const { survey, answered, venue, sent, formKey } = useLoaderData<typeof loader>();
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
      {venue && sent ? (
        <p className="notice venue-thanks" role="status">
          ありがとうございました。答えを受け取りました。次の方、どうぞ。
        </p>
      ) : null}
      <h1>{survey.title}</h1>
      {survey.status !== "open" ? (
        <p className="warning">このアンケートの受付は終わりました。</p>
      ) : (
        <>
          {survey.description ? <p>{survey.description}</p> : null}
          {venue ? (
            <p className="notice">
              名前は書きません。答えた人がだれかは、市にもわかりません。この端末には、答えを何も残しません。答え終わると、次の人のための新しい用紙になります。
            </p>
          ) : (
            <p className="notice">
              名前は書きません。答えた人がだれかは、市にもわかりません。
              二重に答えないよう、このブラウザーに「答えました」という印だけを残します（名前や番号は入っていません）。
            </p>
          )}
          <AnswerForm
            key={formKey}
            questions={survey.questions}
            failure={failure}
            action={venue ? `/surveys/${survey.public_id}?venue=1` : undefined}
            keepNothing={venue}
          />
        </>
      )}
    </div>
  );
}

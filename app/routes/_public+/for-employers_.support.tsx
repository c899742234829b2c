import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { fixedRuby, ReadingsProvider, Ruby } from "~/components/ruby-text";
import { SUPPORT_RESULT_TEXTS, SupportResultView } from "~/components/support-result";
import { pageReadings } from "~/models/page-readings.server";
import { getSupportFigures } from "~/models/support-figures.server";
import { ANSWER_LABELS, SUPPORT_QUESTIONS, parseSupportQuestions } from "~/schemas/support";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { furiganaOn } from "~/utils/furigana";
import { checkSupport, type Answer } from "~/utils/support-rules";
import employerStyles from "~/styles/employer.css?url";
import { pageMeta, titled } from "~/utils/seo";

export const links = () => [{ rel: "stylesheet", href: employerStyles }];

export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("受けられる支援を調べる"),
    description: "いくつかの質問に答えると、就労奨励金・身元保証・トライアル雇用のうち、受けられそうな支援と金額がわかります。",
  });

// The page's own headings and labels: their readings come with the page when furigana is on.
const FIXED = [
  "受けられる支援を調べる",
] as const;
const Fixed = fixedRuby(FIXED);

// A GET form, so that a result is a link: it can be sent to a colleague, bookmarked and
// printed, and it works without JavaScript.
export async function loader({ request }: LoaderFunctionArgs) {
  const answers = parseSupportQuestions(new URL(request.url).searchParams);
  const figures = await getSupportFigures(db);
  const readings = furiganaOn(request)
    ? await pageReadings(db, [...FIXED, ...SUPPORT_QUESTIONS.map((q) => q.label), ...(answers ? SUPPORT_RESULT_TEXTS : [])])
    : null;
  return {
    answers,
    asOf: formatDate(figures.asOf),
    result: answers ? checkSupport(answers, figures.amounts) : null,
    readings,
  };
}

const CHOICES: Answer[] = ["yes", "no", "unknown"];

export default function SupportChecker() {
  const { answers, asOf, result, readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <div className="for-employers support-checker">
        <h1>
          <Fixed text="受けられる支援を調べる" />
        </h1>
        <p className="lead">
          前歴のある人を雇うときに、国の支援を受けられることがあります。質問に答えて「調べる」を押すと、受けられそうな支援と、最大の金額がわかります。答えは保存しません。
        </p>
        <p className="hint">本人の名前や前歴は入力しません。わからない質問は「わからない」のままで大丈夫です。</p>
        <Form method="get" className="support-form" aria-label="支援を調べる質問">
          {SUPPORT_QUESTIONS.map((q) => (
            <fieldset key={q.name}>
              <legend>
                <Ruby text={q.label} />
              </legend>
              {q.hint ? <p className="hint">{q.hint}</p> : null}
              <div className="choice-row">
                {CHOICES.map((c) => (
                  <label key={c} className="choice">
                    <input type="radio" name={q.name} value={c} defaultChecked={(answers?.[q.name] ?? "unknown") === c} />
                    {ANSWER_LABELS[c]}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <button type="submit" className="button primary">
            調べる
          </button>
        </Form>
        {result ? <SupportResultView result={result} asOf={asOf} /> : null}
        <p className="no-print">
          <Link to="/for-employers#support">事業主への支援の説明にもどる</Link>
        </p>
      </div>
    </ReadingsProvider>
  );
}

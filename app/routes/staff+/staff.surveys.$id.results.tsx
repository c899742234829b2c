import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { HBarChart } from "~/components/charts/hbar-chart";
import { StatsTable } from "~/components/charts/stats-table";
import { StatsNav } from "~/components/stats-nav";
import { findSurvey } from "~/models/surveys.server";
import { surveyResults } from "~/models/survey-responses.server";
import { QUESTION_KINDS, SURVEY_STATUSES, scalePointLabel } from "~/schemas/survey";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import statsStyles from "~/styles/stats.css?url";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `結果：${data?.survey.title ?? "アンケート"} | 職員メニュー` },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const id = Number(args.params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const survey = assertFound(await findSurvey(db, id));
  return { survey, results: await surveyResults(db, id) };
}

export default function SurveyResults() {
  const { survey, results } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>結果：{survey.title}</h1>
      <StatsNav />
      <p>
        回答 合計 <strong data-testid="responses-total">{survey.responses}件</strong>（
        <span data-testid="responses-online">ウェブ {survey.online}件</span>・
        <span data-testid="responses-paper">紙 {survey.paper}件</span>）・{SURVEY_STATUSES[survey.status]}。{" "}
        <Link to={`/staff/surveys/${survey.id}`}>アンケートの設定へ</Link>・
        <Link to={`/staff/surveys/${survey.id}/paper`}>紙の回答を入力する</Link>
      </p>
      <p className="csv-link">
        <a href={`/staff/surveys/${survey.id}/results.csv`} download>
          結果をCSVでダウンロード
        </a>
      </p>
      <p className="hint">自由に書かれた答えは職員だけが見られます。書かれた順ではなく、文字の順に並べています。</p>
      {results.map((q, i) => (
        <section key={q.id} className="stats-section" aria-labelledby={`q${q.id}-heading`}>
          <h2 id={`q${q.id}-heading`}>
            {i + 1}. {q.label}
          </h2>
          <p className="question-kind">
            {QUESTION_KINDS[q.kind]}・答えた人 {q.answered}人
            {q.average !== null ? `・平均 ${q.average}` : ""}
            {q.kind === "scale" ? `（${["1", "5"].map((p) => scalePointLabel(q.scaleLabels, p)).join("、")}）` : ""}
          </p>
          {q.kind === "text" ? (
            q.texts.length ? (
              <ul className="free-text-list">
                {q.texts.map((t, k) => (
                  <li key={k}>{t}</li>
                ))}
              </ul>
            ) : (
              <p>まだ答えはありません。</p>
            )
          ) : (
            <div className="chart-pair">
              <HBarChart
                title={`${i + 1}. ${q.label}`}
                rows={q.counts.map((c) => ({ label: c.value, value: c.n }))}
              />
              <StatsTable
                table={{
                  name: `q${q.id}`,
                  title: `${i + 1}. ${q.label}`,
                  headers: [q.kind === "scale" ? "段階" : "答え", "ウェブ", "紙", "合計"],
                  rows: q.counts.map((c) => [q.kind === "scale" ? scalePointLabel(q.scaleLabels, c.value) : c.value, c.online, c.paper, c.n]),
                  footer: [["答えた人", null, null, q.answered]],
                }}
              />
            </div>
          )}
        </section>
      ))}
    </>
  );
}

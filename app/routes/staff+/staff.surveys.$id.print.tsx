import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { findSurvey } from "~/models/surveys.server";
import { SCALE_POINTS, type PublicQuestion } from "~/schemas/survey";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import statsStyles from "~/styles/stats.css?url";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.survey.title ?? "アンケート"}（印刷用）` }];

// The paper questionnaire, A4: the same questions as the web page, a box to tick for each
// choice and each point of a scale, lines to write on, and the link and QR code for those
// who would rather answer on a phone. Staff type the collected sheets in at .../paper.
export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const id = Number(args.params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const survey = assertFound(await findSurvey(db, id));
  return { survey, publicUrl: `${publicOrigin()}/surveys/${survey.public_id}` };
}

function Box({ children }: { children: React.ReactNode }) {
  return (
    <li className="paper-choice">
      <span className="paper-box" aria-hidden="true" />
      {children}
    </li>
  );
}

function PaperQuestion({ q, no }: { q: PublicQuestion; no: number }) {
  const how = q.kind === "single" ? "1つだけ✓" : q.kind === "multiple" ? "いくつでも✓" : q.kind === "scale" ? "1つだけ✓" : "自由に書いてください";
  return (
    <section className="paper-question">
      <h2>
        {no}. {q.label}
        <span className="paper-how">（{how}{q.required ? "" : "・書かなくてもかまいません"}）</span>
      </h2>
      {q.kind === "text" ? (
        <div className="paper-lines" />
      ) : (
        <ul className={q.kind === "scale" ? "paper-choices paper-scale" : "paper-choices"}>
          {q.kind === "scale"
            ? SCALE_POINTS.map((p, i) => (
                <Box key={p}>
                  <span className="paper-point">{p}</span>
                  {q.scaleLabels[i] ? <span className="paper-point-words">{q.scaleLabels[i]}</span> : null}
                </Box>
              ))
            : q.options.map((option) => <Box key={option}>{option}</Box>)}
        </ul>
      )}
    </section>
  );
}

export default function SurveyPaper() {
  const { survey, publicUrl } = useLoaderData<typeof loader>();
  return (
    <div className="survey-paper">
      <div className="no-print paper-toolbar">
        <p>
          <Link to={`/staff/surveys/${survey.id}`}>アンケートの設定へもどる</Link>
        </p>
        <p>ブラウザーの「印刷」で、A4・倍率100%で印刷してください。集めた用紙は「紙の回答を入力する」から1枚ずつ入力します。</p>
        {survey.status === "draft" ? <p className="warning">まだ受付を始めていません。質問を決めて受付を始めてから配ってください。</p> : null}
      </div>
      <h1>{survey.title}</h1>
      {survey.description ? <p className="paper-description">{survey.description}</p> : null}
      <p className="paper-note">
        名前は書きません。答えた人がだれかは、市にもわかりません。あてはまる□に✓を書いてください。
      </p>
      {survey.questions.map((q, i) => (
        <PaperQuestion key={q.id} q={q} no={i + 1} />
      ))}
      <footer className="paper-footer">
        <img src={`/surveys/${survey.public_id}/qr.svg`} alt={`${survey.title}のページを開くQRコード`} className="qr" width="96" height="96" />
        <p>
          スマートフォンでも答えられます。カメラでQRコードを読み取るか、次のアドレスを開いてください。
          <br />
          {publicUrl}
        </p>
      </footer>
      <p className="paper-thanks">ご協力ありがとうございました。</p>
    </div>
  );
}

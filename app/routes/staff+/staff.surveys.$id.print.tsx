import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { findSurvey } from "~/models/surveys.server";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import statsStyles from "~/styles/stats.css?url";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.survey.title ?? "アンケート"}（印刷用）` }];

// One A4 sheet to hand out or pin up at a fair: the title, the QR code and the link.
export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const id = Number(args.params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const survey = assertFound(await findSurvey(db, id));
  return { survey, publicUrl: `${publicOrigin()}/surveys/${survey.public_id}` };
}

export default function SurveyPoster() {
  const { survey, publicUrl } = useLoaderData<typeof loader>();
  return (
    <div className="survey-poster">
      <p className="no-print">
        <Link to={`/staff/surveys/${survey.id}`}>アンケートの設定へもどる</Link>　ブラウザーの「印刷」で印刷してください。
        {survey.status !== "open" ? "（まだ受付中ではありません。受付を始めてから配ってください。）" : ""}
      </p>
      <h1>{survey.title}</h1>
      {survey.description ? <p>{survey.description}</p> : null}
      <p className="lead">スマートフォンのカメラで、このQRコードを読み取ってください。</p>
      <img
        src={`/surveys/${survey.public_id}/qr.svg`}
        alt={`${survey.title}のページを開くQRコード`}
        className="qr qr-large"
        width="240"
        height="240"
      />
      <p>{publicUrl}</p>
      <p>名前を書かないアンケートです。答えた人がだれかは、市にもわかりません。</p>
    </div>
  );
}

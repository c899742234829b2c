import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getUser } from "~/auth/guards.server";
import { issueTexts, layoutIssue, MagazineBook } from "~/components/print/magazine-book";
import { ReadingsProvider } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { toPrintItems } from "~/components/print/print-items.server";
import { qrDataUri } from "~/components/print/qr.server";
import { findReadableIssue, issueIsScheduled, issueItems } from "~/models/magazine.server";
import { issueHelp } from "~/models/magazine-help.server";
import { formatDate, tokyoDay } from "~/utils/dates";
import { issuePdfState } from "~/models/pdf.server";
import { db } from "~/utils/db.server";
import { assertFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import { printMagazineStylesheets } from "~/styles/stylesheets";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => printMagazineStylesheets;

export const meta: MetaFunction<typeof loader> = (args) =>
  pageMeta(args, {
    title: args.data ? `${args.data.issue.title} 第${args.data.issue.number}号（印刷用）` : titled("ページが見つかりません"),
    description: args.data
      ? `熊本市の求人情報誌 第${args.data.issue.number}号の印刷用のページです。A4 の紙に印刷できます。`
      : "この号は見つかりません。",
    type: "article",
  });

export async function loader(args: LoaderFunctionArgs) {
  const user = await getUser(args);
  const issue = assertFound(await findReadableIssue(db, args.params.number, user?.role === "staff"));
  const origin = publicOrigin();
  const items = await toPrintItems(await issueItems(db, issue), origin);
  const help = await issueHelp(db, issue);
  const webUrl = `${origin}/magazine/${issue.number}`;
  const printIssue = {
    number: issue.number,
    title: issue.title,
    issueDate: issue.issue_date,
    coverText: issue.cover_text,
    editorNote: issue.editor_note,
  };
  return {
    issue: { ...printIssue, draft: issue.status === "draft", scheduled: issueIsScheduled(issue, tokyoDay()) },
    items,
    help,
    // Paper always has readings: many readers inside know little kanji and have no phone.
    readings: await pageReadings(db, issueTexts(printIssue, items, help)),
    webUrl,
    webQr: await qrDataUri(webUrl),
    pdf: await issuePdfState(issue),
  };
}

export default function MagazinePrint() {
  const { issue, items, help, webUrl, webQr, pdf, readings } = useLoaderData<typeof loader>();
  const total = layoutIssue(items, help).pages.length;
  return (
    <>
      <div className="mz-toolbar no-print">
        {issue.draft ? (
          <p className="notice">
            下書きのプレビューです。発行するまで、職員のほかは見られません。求人と相談先の内容は今のものです。
          </p>
        ) : null}
        {issue.scheduled ? (
          <p className="notice">予定の号です。{formatDate(issue.issueDate)}に公開されます。それまでは職員のほかは見られません。</p>
        ) : null}
        <p className="mz-toolbar-title">
          印刷用（A4・<span data-testid="page-total">全{total}ページ</span>）
        </p>
        <p>ブラウザーの「印刷」で、A4・倍率100%・余白なしで印刷してください。白黒で印刷しても読めます。</p>
        <p className="mz-toolbar-links">
          <Link to={`/magazine/${issue.number}`}>ウェブ版にもどる</Link>
          {issue.scheduled ? null : pdf.state === "unavailable" ? (
            issue.draft ? null : <span>{pdf.reason}</span>
          ) : (
            <a href={`/magazine/${issue.number}.pdf`}>PDF を開く</a>
          )}
        </p>
      </div>
      <ReadingsProvider readings={readings}>
        <MagazineBook issue={issue} items={items} help={help} webUrl={webUrl} webQr={webQr} />
      </ReadingsProvider>
    </>
  );
}

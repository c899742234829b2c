import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getUser } from "~/auth/guards.server";
import { jobBadges } from "~/components/job-detail";
import { HiddenNote, isHiddenBy, offenceMask, useOffenceChoice } from "~/components/offence-filter";
import { offenceLine, statedTermsLine } from "~/components/print/job-box";
import { findReadableIssue, issueIsScheduled, issueItems, type IssueItem } from "~/models/magazine.server";
import { issuePdfState } from "~/models/pdf.server";
import { db } from "~/utils/db.server";
import { formatDate, tokyoDay } from "~/utils/dates";
import { assertFound } from "~/utils/http";
import { EMPLOYMENT_TYPES, INDUSTRIES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";
import magazineStyles from "~/styles/magazine.css?url";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: magazineStyles }];
export const meta: MetaFunction<typeof loader> = (args) => {
  const issue = args.data?.issue;
  return pageMeta(args, {
    title: issue ? titled(`第${issue.number}号 ${issue.title} | 求人情報誌`) : titled("ページが見つかりません"),
    description: issue
      ? `熊本市の求人情報誌 第${issue.number}号（${formatDate(issue.issue_date)}発行）。${issue.cover_text ?? ""}${issue.editor_note ?? ""}`
      : "この号は見つかりません。",
    type: issue ? "article" : "website",
  });
};

export async function loader(args: LoaderFunctionArgs) {
  const user = await getUser(args);
  const issue = assertFound(await findReadableIssue(db, args.params.number, user?.role === "staff"));
  const items = await issueItems(db, issue);
  return { issue, items, pdf: await issuePdfState(issue), scheduled: issueIsScheduled(issue, tokyoDay()) };
}

function Entry({ item, no, hidden }: { item: IssueItem; no: number; hidden: boolean }) {
  const { job } = item;
  const badges = jobBadges(job);
  return (
    <li className="mz-entry" hidden={hidden || undefined}>
      <article aria-labelledby={`entry-${no}`}>
        <header>
          <span className="mz-entry-no">{no}</span>
          <h2 id={`entry-${no}`}>{job.title}</h2>
          <p className="mz-entry-employer">{job.employer.name}</p>
        </header>
        <dl className="mz-entry-facts">
          <div>
            <dt>仕事</dt>
            <dd>{job.description}</dd>
          </div>
          <div>
            <dt>給料</dt>
            <dd>
              {formatPay(job.payUnit, job.payMin, job.payMax)}
              {job.payNote ? `（${job.payNote}）` : ""}
            </dd>
          </div>
          <div>
            <dt>働き方・場所</dt>
            <dd>
              {EMPLOYMENT_TYPES[job.employmentType]}・{INDUSTRIES[job.industry]}・{WARDS[job.ward]}
            </dd>
          </div>
          <div>
            <dt>時間</dt>
            <dd>{job.hours}</dd>
          </div>
          <div>
            <dt>休み</dt>
            <dd>{job.daysOff}</dd>
          </div>
          <div>
            <dt>寮・食事</dt>
            <dd>
              寮・社宅 {job.housing ? "あり" : "なし"}、食事 {job.meals ? "あり" : "なし"}
            </dd>
          </div>
          {badges.length ? (
            <div>
              <dt>条件</dt>
              <dd>{badges.join("・")}</dd>
            </div>
          ) : null}
          <div>
            <dt>採用できない罪名</dt>
            <dd>{offenceLine(job)}</dd>
          </div>
          <div>
            <dt>労働条件</dt>
            <dd>{statedTermsLine(job)}</dd>
          </div>
          {job.employer.message ? (
            <div>
              <dt>会社から</dt>
              <dd>{job.employer.message}</dd>
            </div>
          ) : null}
        </dl>
        <p className="mz-entry-link">
          {item.open ? (
            <Link to={`/jobs/${item.jobId}`}>
              いま募集中の求人を見る<span className="visually-hidden">（{job.title}）</span>
            </Link>
          ) : (
            <span>この求人の募集は終わりました。</span>
          )}
        </p>
      </article>
    </li>
  );
}

export default function MagazineIssuePage() {
  const { issue, items, pdf, scheduled } = useLoaderData<typeof loader>();
  const draft = issue.status === "draft";
  // The private offence choice hides entries here too; the numbers stay those of the paper.
  const { mask } = useOffenceChoice();
  const refusedMask = (item: IssueItem) =>
    offenceMask(Object.entries(item.job.offences).flatMap(([c, a]) => (a === "no" ? [c] : [])));
  const hidden = new Set(items.filter((item) => isHiddenBy(refusedMask(item), mask)).map((item) => item.itemId));
  return (
    <>
      <p className="no-print">
        <Link to="/magazine">求人情報誌の一覧へ</Link>
      </p>
      {draft ? <p className="notice">下書きのプレビューです。発行するまで、職員のほかは見られません。</p> : null}
      {scheduled ? (
        <p className="notice">予定の号です。{formatDate(issue.issue_date)}に公開されます。それまでは職員のほかは見られません。</p>
      ) : null}
      <header className="mz-web-head">
        <p className="mz-web-number">
          第{issue.number}号・{formatDate(issue.issue_date)}発行
        </p>
        <h1>{issue.title}</h1>
        {issue.cover_text ? <p className="lead">{issue.cover_text}</p> : null}
      </header>
      <div className="mz-web-actions no-print">
        <a href={`/magazine/${issue.number}/print`} className="button">
          印刷用ページ（A4）
        </a>
        {scheduled ? null : pdf.state === "unavailable" ? (
          draft ? null : <p className="mz-pdf-missing">{pdf.reason}</p>
        ) : (
          <a href={`/magazine/${issue.number}.pdf`} className="button">
            PDF を開く
          </a>
        )}
      </div>
      {issue.editor_note ? (
        <section className="mz-web-note" aria-labelledby="note-title">
          <h2 id="note-title">はじめに</h2>
          <p>{issue.editor_note}</p>
        </section>
      ) : null}
      <p>
        この号には {items.length}件 の求人がのっています。内容は発行した日のものです。応募したいときは、保護観察官や施設の職員、または熊本市
        生活安全課に伝えてください。
      </p>
      <HiddenNote count={hidden.size} />
      <ol className="mz-entries">
        {items.map((item, index) => (
          <Entry key={item.itemId} item={item} no={index + 1} hidden={hidden.has(item.itemId)} />
        ))}
      </ol>
    </>
  );
}

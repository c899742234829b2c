import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import { getUser } from "~/auth/guards.server";
import { jobBadges } from "~/components/job-detail";
import { HiddenNote, isHiddenBy, offenceMask, useOffenceChoice } from "~/components/offence-filter";
import { offenceLine, statedTermsLine } from "~/components/print/job-box";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { findReadableIssue, issueIsScheduled, issueItems, type IssueItem } from "~/models/magazine.server";
import { pageReadings } from "~/models/page-readings.server";
import { issuePdfState } from "~/models/pdf.server";
import { db } from "~/utils/db.server";
import { formatDate, tokyoDay } from "~/utils/dates";
import { furiganaOn } from "~/utils/furigana";
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

const LABELS = {
  work: "仕事",
  pay: "給料",
  place: "働き方・場所",
  hours: "時間",
  daysOff: "休み",
  housingMeals: "寮・食事",
  housing: "寮・社宅",
  meals: "食事",
  conditions: "条件",
  refused: "採用できない罪名",
  terms: "労働条件",
  fromEmployer: "会社から",
  note: "はじめに",
  open: "いま募集中の求人を見る",
  ended: "この求人の募集は終わりました。",
} as const;

/**
 * Every text the web edition shows through <Ruby>. The postings' own texts were stored with
 * readings when they were saved; the one-line rows are the same strings the print page
 * shows, stored when the issue was first printed.
 */
function issueWebTexts(issue: { title: string; cover_text: string | null; editor_note: string | null }, items: IssueItem[]) {
  return [
    ...Object.values(LABELS),
    issue.title,
    issue.cover_text,
    issue.editor_note,
    ...items.flatMap(({ job }) => [
      job.title,
      job.employer.name,
      job.description,
      job.payNote,
      EMPLOYMENT_TYPES[job.employmentType],
      INDUSTRIES[job.industry],
      WARDS[job.ward],
      job.hours,
      job.daysOff,
      ...jobBadges(job),
      offenceLine(job),
      statedTermsLine(job),
      job.employer.message,
    ]),
  ];
}

export async function loader(args: LoaderFunctionArgs) {
  const user = await getUser(args);
  const issue = assertFound(await findReadableIssue(db, args.params.number, user?.role === "staff"));
  const items = await issueItems(db, issue);
  const readings = furiganaOn(args.request) ? await pageReadings(db, issueWebTexts(issue, items)) : null;
  return { issue, items, readings, pdf: await issuePdfState(issue), scheduled: issueIsScheduled(issue, tokyoDay()) };
}

function Fact({ label, children }: { label: keyof typeof LABELS; children: ReactNode }) {
  return (
    <div>
      <dt>
        <Ruby text={LABELS[label]} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function Entry({ item, no, hidden }: { item: IssueItem; no: number; hidden: boolean }) {
  const { job } = item;
  const badges = jobBadges(job);
  return (
    <li className="mz-entry" hidden={hidden || undefined}>
      <article aria-labelledby={`entry-${no}`}>
        <header>
          <span className="mz-entry-no">{no}</span>
          <h2 id={`entry-${no}`}>
            <Ruby text={job.title} />
          </h2>
          <p className="mz-entry-employer">
            <Ruby text={job.employer.name} />
          </p>
        </header>
        <dl className="mz-entry-facts">
          <Fact label="work">
            <Ruby text={job.description} />
          </Fact>
          <Fact label="pay">
            {formatPay(job.payUnit, job.payMin, job.payMax)}
            {job.payNote ? (
              <>
                （<Ruby text={job.payNote} />）
              </>
            ) : null}
          </Fact>
          <Fact label="place">
            <Ruby text={EMPLOYMENT_TYPES[job.employmentType]} />・<Ruby text={INDUSTRIES[job.industry]} />・
            <Ruby text={WARDS[job.ward]} />
          </Fact>
          <Fact label="hours">
            <Ruby text={job.hours} />
          </Fact>
          <Fact label="daysOff">
            <Ruby text={job.daysOff} />
          </Fact>
          <Fact label="housingMeals">
            <Ruby text={LABELS.housing} /> {job.housing ? "あり" : "なし"}、<Ruby text={LABELS.meals} /> {job.meals ? "あり" : "なし"}
          </Fact>
          {badges.length ? (
            <Fact label="conditions">
              {badges.map((badge, i) => (
                <Fragment key={badge}>
                  {i ? "・" : null}
                  <Ruby text={badge} />
                </Fragment>
              ))}
            </Fact>
          ) : null}
          <Fact label="refused">
            <Ruby text={offenceLine(job)} />
          </Fact>
          <Fact label="terms">
            <Ruby text={statedTermsLine(job)} />
          </Fact>
          {job.employer.message ? (
            <Fact label="fromEmployer">
              <Ruby text={job.employer.message} />
            </Fact>
          ) : null}
        </dl>
        <p className="mz-entry-link">
          {item.open ? (
            <Link to={`/jobs/${item.jobId}`}>
              <Ruby text={LABELS.open} />
              <span className="visually-hidden">（{job.title}）</span>
            </Link>
          ) : (
            <span>
              <Ruby text={LABELS.ended} />
            </span>
          )}
        </p>
      </article>
    </li>
  );
}

export default function MagazineIssuePage() {
  const { issue, items, readings, pdf, scheduled } = useLoaderData<typeof loader>();
  const draft = issue.status === "draft";
  // The private offence choice hides entries here too; the numbers stay those of the paper.
  const { mask } = useOffenceChoice();
  const refusedMask = (item: IssueItem) =>
    offenceMask(Object.entries(item.job.offences).flatMap(([c, a]) => (a === "no" ? [c] : [])));
  const hidden = new Set(items.filter((item) => isHiddenBy(refusedMask(item), mask)).map((item) => item.itemId));
  return (
    <ReadingsProvider readings={readings}>
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
        <h1>
          <Ruby text={issue.title} />
        </h1>
        {issue.cover_text ? (
          <p className="lead">
            <Ruby text={issue.cover_text} />
          </p>
        ) : null}
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
          <h2 id="note-title">
            <Ruby text={LABELS.note} />
          </h2>
          <p>
            <Ruby text={issue.editor_note} />
          </p>
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
    </ReadingsProvider>
  );
}

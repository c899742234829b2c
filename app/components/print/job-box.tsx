import type { ReactNode } from "react";
import { jobBadges } from "~/components/job-detail";
import type { JobView } from "~/components/job-view";
import { STATED_TERM_SHORT } from "~/components/stated-terms-list";
import { NOT_FILLED, STATED_TERMS } from "~/schemas/stated-terms";
import { formatDate } from "~/utils/dates";
import { EMPLOYMENT_TYPES, INDUSTRIES, OFFENCE_CATEGORIES, WARDS, keysOf } from "~/utils/labels";
import { formatPay } from "~/utils/money";
import { clamp, type PrintItem } from "./sheet";

const OFFENCES = keysOf(OFFENCE_CATEGORIES);

/** "採用できない罪名" in one line; categories the employer wants to talk about come after. */
export function offenceLine(job: JobView): string {
  const no = OFFENCES.filter((c) => job.offences[c] === "no").map((c) => OFFENCE_CATEGORIES[c]);
  const ask = OFFENCES.filter((c) => job.offences[c] === "consult").map((c) => OFFENCE_CATEGORIES[c]);
  const main = no.length ? no.join("・") : "ありません";
  return ask.length ? `${main}（相談: ${ask.join("・")}）` : main;
}

/** The marks other than housing and meals, which have their own row. */
function conditions(job: JobView): string {
  const rest = jobBadges(job).filter((b) => b !== "寮・社宅あり" && b !== "食事つき");
  return rest.length ? rest.join("・") : "とくになし";
}

/** The items a job offer must state, on one line for the small box. */
export function statedTermsLine(job: JobView): string {
  return STATED_TERMS.map(({ name }) => `${STATED_TERM_SHORT[name]}: ${job.statedTerms[name] ?? NOT_FILLED}`).join("／");
}

function Row({ label, children, strong }: { label: ReactNode; children: string; strong?: boolean }) {
  return (
    <div className="mz-row">
      <dt>{label}</dt>
      <dd className={strong ? "mz-strong" : undefined}>{children}</dd>
    </div>
  );
}

/**
 * One posting in a fixed box: every box of an issue has the same rows in the same place,
 * so a reader compares jobs by running an eye down the page. `size` "sheet" is the larger
 * single-posting version (a whole A4 page) with the description and how to apply in full.
 */
export function JobBox({ item, size = "issue" }: { item: PrintItem; size?: "issue" | "sheet" }) {
  const { job } = item;
  const long = size === "sheet";
  const pay = job.payNote ? `${formatPay(job.payUnit, job.payMin, job.payMax)}（${clamp(job.payNote, long ? 120 : 24)}）` : formatPay(job.payUnit, job.payMin, job.payMax);
  return (
    <article className={`mz-job mz-job-${size}`} aria-labelledby={`mz-job-${item.no}`}>
      <header className="mz-job-head">
        <span className="mz-job-no" aria-label={`${item.no}番`}>
          {item.no}
        </span>
        <h3 id={`mz-job-${item.no}`}>{clamp(job.title, long ? 60 : 30)}</h3>
        <p className="mz-job-kind">
          {EMPLOYMENT_TYPES[job.employmentType]}・{WARDS[job.ward]}
        </p>
      </header>
      <div className="mz-job-main">
        <dl className="mz-job-facts">
          <Row label="仕事">{clamp(job.description, long ? 420 : 58)}</Row>
          <Row label="給料" strong>
            {pay}
          </Row>
          <Row label="時間">{clamp(job.hours, long ? 160 : 40)}</Row>
          <Row label="休み">{clamp(job.daysOff, long ? 160 : 40)}</Row>
          <Row label="寮・食事">{`寮・社宅 ${job.housing ? "あり" : "なし"}　食事 ${job.meals ? "あり" : "なし"}`}</Row>
          <Row label="条件">{conditions(job)}</Row>
          <Row
            label={
              <>
                採用できない
                <br />
                罪名
              </>
            }
            strong
          >
            {offenceLine(job)}
          </Row>
          {long ? null : <Row label="労働条件">{clamp(statedTermsLine(job), 90)}</Row>}
          {long ? (
            <>
              {STATED_TERMS.map(({ name }) => (
                <Row key={name} label={STATED_TERM_SHORT[name]}>
                  {clamp(job.statedTerms[name] ?? NOT_FILLED, 300)}
                </Row>
              ))}
              <Row label="保険">{clamp(job.insurance || NOT_FILLED, 120)}</Row>
              <Row label="免許・資格">{clamp(job.licenses || "なし", 120)}</Row>
              <Row label="応募のしかた">{clamp(job.howToApply, 300)}</Row>
              <Row label="募集の期限">{`${formatDate(job.endDate)}まで・${job.openings}人`}</Row>
            </>
          ) : null}
        </dl>
        <div className="mz-job-qr">
          <img src={item.qr} alt={`${job.title}の求人ページを開くQRコード`} width="96" height="96" />
          <p>スマホで読むと、くわしい内容が見られます</p>
        </div>
      </div>
      <footer className="mz-job-employer">
        <p className="mz-employer-name">
          {job.employer.name}
          <span className="mz-employer-sub">
            {INDUSTRIES[job.employer.industry]}・{WARDS[job.employer.ward]}
          </span>
        </p>
        {job.employer.message ? (
          <p className="mz-employer-message">会社から「{clamp(job.employer.message, long ? 200 : 44)}」</p>
        ) : null}
      </footer>
    </article>
  );
}

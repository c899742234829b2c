import { jobBadges } from "~/components/job-detail";
import type { JobView } from "~/components/job-view";
import { Ruby } from "~/components/ruby-text";
import { STATED_TERM_SHORT } from "~/components/stated-terms-list";
import { NOT_FILLED, STATED_TERMS } from "~/schemas/stated-terms";
import { formatDate } from "~/utils/dates";
import { CITY_OFFICE, EMPLOYMENT_TYPES, INDUSTRIES, OFFENCE_CATEGORIES, WARDS, keysOf } from "~/utils/labels";
import { formatPay } from "~/utils/money";
import { boxHeight, BOX_MM, sizeFor, splitText, variantOf, type BoxRow } from "./measure";
import type { BoxPlan, BoxSize } from "./plan";
import type { PrintItem } from "./sheet";

const OFFENCES = keysOf(OFFENCE_CATEGORIES);

/** "採用できない罪名" in one line; categories the employer wants to talk about come after. */
export function offenceLine(job: JobView): string {
  const no = OFFENCES.filter((c) => job.offences[c] === "no").map((c) => OFFENCE_CATEGORIES[c]);
  const ask = OFFENCES.filter((c) => job.offences[c] === "consult").map((c) => OFFENCE_CATEGORIES[c]);
  const main = no.length ? no.join("・") : "ありません";
  return ask.length ? `${main}（相談: ${ask.join("・")}）` : main;
}

/** Housing, meals and the other marks, in one row. */
function conditions(job: JobView): string {
  const rest = jobBadges(job).filter((b) => b !== "寮・社宅あり" && b !== "食事つき");
  return [`寮・社宅 ${job.housing ? "あり" : "なし"}`, `食事 ${job.meals ? "あり" : "なし"}`, ...rest].join("・");
}

/** The items a job offer must state, on one line for the issue's small box. */
export function statedTermsLine(job: JobView): string {
  return STATED_TERMS.map(({ name }) => `${STATED_TERM_SHORT[name]}: ${job.statedTerms[name] ?? NOT_FILLED}`).join("／");
}

/** How someone inside a prison or facility applies: never through a phone of their own. */
export function applyFromInside(no: number): string {
  return `応募は保護観察官か施設の職員へ「${no}番」と伝えてください。市 生活安全課 ${CITY_OFFICE.phone}`;
}

export const QR_NOTE = "支援する方へ: スマホで読むと、この求人のページが開きます。";
export const CONTINUED = "つづき";
const FROM_EMPLOYER = "会社から";

// Measured at 46 mm in the print stylesheet, with 1 mm to spare.
const SHEET_APPLY_MM = 47;

type Row = BoxRow & { strong?: boolean };

/** Every row of a box, in the same order in every box, with the whole of each text. */
function rowsOf(item: PrintItem, size: "issue" | "sheet"): Row[] {
  const { job } = item;
  const pay = formatPay(job.payUnit, job.payMin, job.payMax);
  const rows: Row[] = [
    { label: "仕事", text: job.description },
    {
      label: "給料",
      text: job.payNote ? `${pay}（${job.payNote}）` : pay,
      strong: true,
    },
    { label: "時間", text: job.hours },
    { label: "休み", text: job.daysOff },
    { label: "条件", text: conditions(job) },
    {
      label: "採用できない罪名",
      text: offenceLine(job),
      strong: true,
      labelLines: 2,
    },
  ];
  // The items a job offer must state: one line in the magazine, a row each on the sheet.
  if (size === "issue") rows.push({ label: "労働条件", text: statedTermsLine(job) });
  else {
    // In smaller type, so that a posting still fits on one sheet with how to apply under it.
    for (const { name } of STATED_TERMS) {
      rows.push({ label: STATED_TERM_SHORT[name], text: job.statedTerms[name] ?? NOT_FILLED, small: true });
    }
  }
  // The magazine leaves out what is empty; the single sheet says so.
  if (job.licenses || size === "sheet") rows.push({ label: "免許・資格", text: job.licenses || "なし" });
  if (job.insurance || size === "sheet") rows.push({ label: "保険", text: job.insurance || NOT_FILLED });
  if (job.benefits) rows.push({ label: "そのほか", text: job.benefits });
  rows.push({
    label: "募集の期限",
    text: `${formatDate(job.endDate)}まで・${job.openings}人`,
    strong: true,
  });
  if (size === "sheet") rows.push({ label: "応募のしかた", text: job.howToApply });
  return rows;
}

function footerOf(item: PrintItem, size: "issue" | "sheet"): string[] {
  const { job } = item;
  const name = `${job.employer.name}　${INDUSTRIES[job.employer.industry]}・${WARDS[job.employer.ward]}`;
  const lines = job.employer.message ? [name, `会社から「${job.employer.message}」`] : [name];
  return size === "issue" ? [...lines, applyFromInside(item.no)] : lines;
}

/** Every string a box prints, so that a loader can fetch their readings. */
export function boxTexts(item: PrintItem, size: "issue" | "sheet"): string[] {
  const { job } = item;
  return [
    job.title,
    `${EMPLOYMENT_TYPES[job.employmentType]}・${WARDS[job.ward]}`,
    ...rowsOf(item, size).flatMap((r) => [r.label, r.text]),
    job.employer.name,
    `${INDUSTRIES[job.employer.industry]}・${WARDS[job.employer.ward]}`,
    job.employer.message,
    QR_NOTE,
    CONTINUED,
    applyFromInside(item.no),
    FROM_EMPLOYER,
  ];
}

/**
 * The size of a posting's box, and where its description is cut when the posting needs more
 * than a page: the first page keeps every row, the next pages go on with the description.
 */
export function layoutBox(item: PrintItem, size: "issue" | "sheet"): BoxPlan & { cuts: number[] } {
  const rows = rowsOf(item, size);
  const footer = footerOf(item, size);
  const height = boxHeight(item.job.title, rows, footer, size);
  // The single sheet keeps room under its box for "応募したいとき".
  const room = size === "sheet" ? BOX_MM.full - SHEET_APPLY_MM : BOX_MM.full;
  if (height <= room) return { size: sizeFor(height), parts: 1, cuts: [] };
  const v = variantOf(size);
  const others = boxHeight(item.job.title, [{ label: "", text: "" }, ...rows.slice(1)], footer, size);
  const firstLines = Math.max(1, Math.floor((room - others) / v.lineMm / 1.04));
  const nextLines = Math.floor((BOX_MM.full - 30) / v.lineMm / 1.04);
  const pieces = splitText(item.job.description, firstLines, nextLines, v.rowChars);
  const cuts: number[] = [];
  pieces.reduce((at, piece) => (cuts.push(at + piece.length), at + piece.length), 0);
  return { size: "full", parts: pieces.length, cuts: cuts.slice(0, -1) };
}

function RowView({ row, from, to }: { row: Row; from?: number; to?: number }) {
  return (
    <div className={row.small ? "mz-row mz-row-small" : "mz-row"}>
      <dt>
        <Ruby text={row.label} />
      </dt>
      <dd className={row.strong ? "mz-strong" : undefined}>
        <Ruby text={row.text} from={from} to={to} />
      </dd>
    </div>
  );
}

/**
 * One posting in a box of a third, a half or a whole page: every box has the same rows in
 * the same place, so a reader compares jobs by running an eye down the page, and every text
 * is printed whole. `part` > 0 is a page that goes on with a long description; `cuts` are
 * where the description was cut. "sheet" is the larger single-posting version.
 */
export function JobBox({
  item,
  size = "issue",
  box = "third",
  part = 0,
  cuts = [],
}: {
  item: PrintItem;
  size?: "issue" | "sheet";
  box?: BoxSize;
  part?: number;
  cuts?: number[];
}) {
  const { job } = item;
  const rows = rowsOf(item, size);
  const bounds = [0, ...cuts, job.description.length];
  const description = <RowView row={rows[0]} from={bounds[part]} to={bounds[part + 1]} />;
  const headingId = `mz-job-${item.no}${part ? `-${part}` : ""}`;
  return (
    <article className={`mz-job mz-job-${size} mz-box-${box}`} aria-labelledby={headingId}>
      <header className="mz-job-head">
        <span className="mz-job-no" aria-label={`${item.no}番`}>
          {item.no}
        </span>
        <h3 id={headingId}>
          <Ruby text={job.title} />
          {part ? (
            <>
              （<Ruby text={CONTINUED} />）
            </>
          ) : null}
        </h3>
        <p className="mz-job-kind">
          <Ruby text={`${EMPLOYMENT_TYPES[job.employmentType]}・${WARDS[job.ward]}`} />
        </p>
      </header>
      <div className="mz-job-main">
        <dl className="mz-job-facts">
          {description}
          {part === 0 ? rows.slice(1).map((row) => <RowView key={row.label} row={row} />) : null}
        </dl>
        {part === 0 ? (
          <div className="mz-job-qr">
            <img src={item.qr} alt={`${job.title}の求人ページを開くQRコード`} width="96" height="96" />
            <p>
              <Ruby text={QR_NOTE} />
            </p>
          </div>
        ) : null}
      </div>
      {part === 0 ? (
        <footer className="mz-job-employer">
          <p className="mz-employer-name">
            <Ruby text={job.employer.name} />
            <span className="mz-employer-sub">
              <Ruby text={`${INDUSTRIES[job.employer.industry]}・${WARDS[job.employer.ward]}`} />
            </span>
          </p>
          {job.employer.message ? (
            <p className="mz-employer-message">
              <Ruby text={FROM_EMPLOYER} />「
              <Ruby text={job.employer.message} />」
            </p>
          ) : null}
          {size === "issue" ? (
            <p className="mz-job-apply">
              <Ruby text={applyFromInside(item.no)} />
            </p>
          ) : null}
        </footer>
      ) : null}
    </article>
  );
}

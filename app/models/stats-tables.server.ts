import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { TableData } from "~/components/charts/stats-table";
import { formatDate, tokyoDay } from "~/utils/dates";
import { fiscalMonths, fiscalYearLabel, monthLabel } from "~/utils/fiscal";
import { EVENT_KINDS, INDUSTRIES, WARDS } from "~/utils/labels";
import { OUTCOME_TARGET, listOutcomeFigures, outcomeGapText, repeatRate } from "./outcome.server";
import { listDistributions } from "./stats-entry.server";
import { retentionFigures, retentionTable } from "./stats-retention.server";
import { monthlyFigures, type MonthFigures } from "./stats.server";
import {
  employersBy,
  eventsOfFiscalYear,
  fiscalYearsWithData,
  sumFiscalYear,
  yearlyFigures,
  type YearFigures,
} from "./stats-years.server";
import { now as clockNow } from "~/utils/clock";

// Every table the stats pages show, built in one place so that the page and its CSV file
// always hold the same numbers under the same Japanese headings.

type Key = Exclude<keyof MonthFigures, "month">;
type Column = { key: Key; label: string; stock?: boolean };

export const SECTIONS = {
  jobs: {
    title: "求人と事業主",
    columns: [
      { key: "jobsPublished", label: "公開した求人" },
      { key: "jobsOpen", label: "公開中の求人", stock: true },
      { key: "jobsFilled", label: "充足した求人" },
      { key: "employersNew", label: "新たに承認した事業主" },
      { key: "employersTotal", label: "承認済みの事業主", stock: true },
    ],
  },
  events: {
    title: "説明会・セミナー",
    columns: [
      { key: "eventsHeld", label: "開催した回数" },
      { key: "seekers", label: "参加した求職者（人）" },
      { key: "attendingEmployers", label: "参加した事業主（社）" },
      { key: "interviews", label: "個別面談（件）" },
    ],
  },
  outreach: {
    title: "連絡依頼・採用・情報誌",
    columns: [
      { key: "contactsReceived", label: "連絡依頼の受付" },
      { key: "contactsHandled", label: "連絡依頼の対応" },
      { key: "hires", label: "採用の報告（人）" },
      { key: "issuesPublished", label: "情報誌の発行（号）" },
      { key: "copies", label: "情報誌の配布（部）" },
    ],
  },
} satisfies Record<string, { title: string; columns: Column[] }>;

export type SectionName = keyof typeof SECTIONS;
export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

function headers(columns: Column[], stockWhen: string) {
  return columns.map((c) => (c.stock ? `${c.label}（${stockWhen}）` : c.label));
}

export function monthlyTable(section: SectionName, fiscalYear: number, months: MonthFigures[]): TableData {
  const { title, columns } = SECTIONS[section];
  const total = sumFiscalYear(fiscalYear, months);
  const flows: Column[] = columns;
  const footer: TableData["footer"] = [["年度計", ...flows.map((c) => (c.stock ? null : total[c.key]))]];
  // A month-end count does not add up over a year: its row says which month-end it is.
  if (flows.some((c) => c.stock)) footer.push([stockRowLabel(months), ...flows.map((c) => (c.stock ? total[c.key] : null))]);
  return {
    name: `monthly-${section}`,
    title: `${title}（${fiscalYearLabel(fiscalYear)}・月別）`,
    headers: ["月", ...headers(columns, "月末")],
    rows: months.map((m) => [monthLabel(m.month), ...columns.map((c) => m[c.key])]),
    footer,
  };
}

/** 「年度末の値」 for a finished year; for the running one, the latest value and its month. */
export function stockRowLabel(months: MonthFigures[]): string {
  const withData = months.filter((m) => m.jobsOpen !== null);
  const latest = withData[withData.length - 1];
  if (!latest || latest === months[months.length - 1]) return "年度末の値";
  return `最新の値（${monthLabel(latest.month)}）`;
}

export function yearlyTable(section: SectionName, years: YearFigures[]): TableData {
  const { title, columns } = SECTIONS[section];
  return {
    name: `yearly-${section}`,
    title: `${title}（年度別）`,
    headers: ["年度", ...headers(columns, "年度末")],
    rows: years.map((y) => [fiscalYearLabel(y.fiscalYear), ...columns.map((c) => y[c.key])]),
  };
}

export async function employersTable(db: Kysely<Database>, by: "ward" | "industry", fiscalYear: number, now: Date) {
  const labels: Record<string, string> = by === "ward" ? WARDS : INDUSTRIES;
  const counts = new Map((await employersBy(db, by, fiscalYear, now)).map((c) => [c.key as string, c]));
  const rows = Object.entries(labels).map(([key, label]) => [
    label,
    counts.get(key)?.total ?? 0,
    counts.get(key)?.added ?? 0,
  ]);
  return {
    name: by === "ward" ? "wards" : "industries",
    title: `承認済みの事業主（${by === "ward" ? "区" : "業種"}別・${fiscalYearLabel(fiscalYear)}）`,
    headers: [by === "ward" ? "区" : "業種", "承認済み（年度末）", "うち年度内に承認"],
    rows,
    footer: [["計", rows.reduce((s, r) => s + Number(r[1]), 0), rows.reduce((s, r) => s + Number(r[2]), 0)]],
  } satisfies TableData;
}

export async function eventsTable(db: Kysely<Database>, fiscalYear: number, now: Date): Promise<TableData> {
  const events = (await eventsOfFiscalYear(db, fiscalYear)).filter((e) => e.ends_at <= now.toISOString());
  return {
    name: "events",
    title: `開催した説明会・セミナーと参加者（${fiscalYearLabel(fiscalYear)}）`,
    headers: ["日付", "種類", "名前", "参加した求職者（人）", "参加した事業主（社）", "個別面談（件）"],
    rows: events.map((e) => [
      formatDate(e.starts_at),
      EVENT_KINDS[e.kind],
      e.title,
      e.attendance_seekers,
      e.attendance_employers,
      e.interviews_held,
    ]),
  };
}

export async function distributionTable(db: Kysely<Database>, fiscalYear: number): Promise<TableData> {
  const rows = await listDistributions(db, fiscalYear);
  return {
    name: "distribution",
    title: `情報誌の配布先（${fiscalYearLabel(fiscalYear)}）`,
    headers: ["送った日", "号", "送り先", "部数"],
    rows: rows.map((r) => [formatDate(r.sent_on), `第${r.number}号`, r.destination, r.copies]),
    footer: [["計", null, null, rows.reduce((s, r) => s + r.copies, 0)]],
  };
}

export async function outcomeTable(db: Kysely<Database>): Promise<TableData> {
  const rows = await listOutcomeFigures(db);
  return {
    name: "outcome",
    title: "成果指標：刑法犯で検挙された人のうち再犯者の数（熊本市）",
    headers: ["年", "刑法犯の検挙人員（人）", "うち再犯者（人）", "再犯者率（%）", `目標（${OUTCOME_TARGET}人以下）との差`],
    rows: rows.map((r) => [
      `${r.year}年`,
      r.arrested,
      r.repeat_offenders,
      repeatRate(r.arrested, r.repeat_offenders),
      outcomeGapText(r.repeat_offenders),
    ]),
  };
}

/** Everything /staff/stats shows for one fiscal year. */
export async function loadStatsOverview(
  db: Kysely<Database>,
  fiscalYear: number,
  now = clockNow(),
  years?: number[],
) {
  years ??= await fiscalYearsWithData(db, now);
  const months = await monthlyFigures(db, fiscalMonths(fiscalYear), now);
  const yearly = await yearlyFigures(db, years, now);
  return {
    years,
    months,
    monthly: SECTION_NAMES.map((s) => monthlyTable(s, fiscalYear, months)),
    yearly: SECTION_NAMES.map((s) => yearlyTable(s, yearly)),
    wards: await employersTable(db, "ward", fiscalYear, now),
    industries: await employersTable(db, "industry", fiscalYear, now),
    events: await eventsTable(db, fiscalYear, now),
  };
}

/** One table by its name, for a CSV download; null when there is no such table. */
export async function loadStatsTable(
  db: Kysely<Database>,
  name: string,
  fiscalYear: number,
  now = clockNow(),
): Promise<TableData | null> {
  if (name === "distribution") return distributionTable(db, fiscalYear);
  if (name === "retention") return retentionTable(await retentionFigures(db, tokyoDay(now)));
  if (name === "outcome") return outcomeTable(db);
  if (name === "events") return eventsTable(db, fiscalYear, now);
  if (name === "wards") return employersTable(db, "ward", fiscalYear, now);
  if (name === "industries") return employersTable(db, "industry", fiscalYear, now);
  const [kind, section] = name.split("-") as [string, SectionName];
  if (!SECTION_NAMES.includes(section)) return null;
  if (kind === "monthly") return monthlyTable(section, fiscalYear, await monthlyFigures(db, fiscalMonths(fiscalYear), now));
  if (kind === "yearly") return yearlyTable(section, await yearlyFigures(db, await fiscalYearsWithData(db, now), now));
  return null;
}

import { sql, type Kysely } from "kysely";
import type { Database, Industry, Ward } from "../../db/types";
import { employersFigure, figuresRecorded, interviewsFigure, seekersFigure } from "./event-figures.server";
import { addMonthsToMonth, fiscalMonths, fiscalYearOfMonth, monthEndUtc, monthStartUtc, tokyoMonth, type Month } from "~/utils/fiscal";
import { FLOWS, monthlyFigures, type Flow, type MonthFigures } from "./stats.server";
import { now as clockNow } from "~/utils/clock";

// The PDCA figures by fiscal year (April to March, Tokyo time): totals, the years that have
// records, employers by ward or industry, and the year's events.

export type YearFigures = Omit<MonthFigures, "month"> & { fiscalYear: number };

/** Sums a fiscal year's months; stocks are the value at the last month that has begun. */
export function sumFiscalYear(fiscalYear: number, months: MonthFigures[]): YearFigures {
  const mine = months.filter((m) => fiscalYearOfMonth(m.month) === fiscalYear);
  const totals = Object.fromEntries(
    FLOWS.map((k) => [k, mine.reduce((sum, m) => sum + m[k], 0)]),
  ) as Record<Flow, number>;
  const latest = [...mine].reverse().find((m) => m.jobsOpen !== null);
  return {
    fiscalYear,
    ...totals,
    jobsOpen: latest?.jobsOpen ?? null,
    employersTotal: latest?.employersTotal ?? null,
  };
}

/** The fiscal years that have any record, through the current one. */
export async function fiscalYearsWithData(db: Kysely<Database>, now = clockNow()): Promise<number[]> {
  const row = await db
    .selectFrom("jobs")
    .select(sql<string | null>`min(coalesce(published_at, created_at))`.as("first"))
    .executeTakeFirst();
  const firstEvent = await db.selectFrom("events").select(sql<string | null>`min(starts_at)`.as("first")).executeTakeFirst();
  const firstEmployer = await db
    .selectFrom("employers")
    .select(sql<string | null>`min(approved_at)`.as("first"))
    .executeTakeFirst();
  const candidates = [row?.first, firstEvent?.first, firstEmployer?.first].filter((v): v is string => !!v);
  const current = fiscalYearOfMonth(tokyoMonth(now));
  const first = candidates.length
    ? Math.min(current, ...candidates.map((c) => fiscalYearOfMonth(tokyoMonth(c))))
    : current;
  const years: number[] = [];
  for (let y = Math.max(first, current - 9); y <= current; y++) years.push(y);
  return years;
}

/** Every fiscal year's totals, oldest first. */
export async function yearlyFigures(db: Kysely<Database>, years: number[], now = clockNow()) {
  if (years.length === 0) return [];
  const months: Month[] = [];
  for (let m = fiscalMonths(years[0])[0]; m <= fiscalMonths(years[years.length - 1])[11]; m = addMonthsToMonth(m, 1)) {
    months.push(m);
  }
  const figures = await monthlyFigures(db, months, now);
  return years.map((y) => sumFiscalYear(y, figures));
}

export type GroupCount<K extends string> = { key: K; total: number; added: number };

/** Approved employers by ward or industry: still approved at the year's end, and newly approved in it. */
export async function employersBy<K extends "ward" | "industry">(
  db: Kysely<Database>,
  column: K,
  fiscalYear: number,
  now = clockNow(),
): Promise<Array<GroupCount<K extends "ward" ? Ward : Industry>>> {
  const from = monthStartUtc(fiscalMonths(fiscalYear)[0]);
  const end = monthEndUtc(fiscalMonths(fiscalYear)[11]);
  const point = end < now.toISOString() ? end : now.toISOString();
  const rows = await db
    .selectFrom("employers")
    .select([
      sql.ref<string>(column).as("key"),
      sql<number>`sum(case when status = 'approved' and approved_at < ${point} then 1 else 0 end)`.as("total"),
      sql<number>`sum(case when approved_at >= ${from} and approved_at < ${end} then 1 else 0 end)`.as("added"),
    ])
    .where("approved_at", "is not", null)
    .groupBy(column)
    .execute();
  return rows.map((r) => ({
    key: r.key as K extends "ward" ? Ward : Industry,
    total: Number(r.total),
    added: Number(r.added),
  }));
}

/** Events that started in the fiscal year, with what staff entered about attendance. */
export async function eventsOfFiscalYear(db: Kysely<Database>, fiscalYear: number) {
  const months = fiscalMonths(fiscalYear);
  return db
    .selectFrom("events")
    .select([
      "id",
      "kind",
      "title",
      "starts_at",
      "ends_at",
      "status",
    ])
    .select([
      seekersFigure("events").as("attendance_seekers"),
      employersFigure("events").as("attendance_employers"),
      interviewsFigure("events").as("interviews_held"),
      figuresRecorded("events").as("figures_recorded"),
    ])
    .where("starts_at", ">=", monthStartUtc(months[0]))
    .where("starts_at", "<", monthEndUtc(months[11]))
    .where("status", "=", "published")
    .orderBy("starts_at")
    .execute();
}

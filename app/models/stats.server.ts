import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types";
import { employersFigure, interviewsFigure, seekersFigure } from "./event-figures.server";
import { TOKYO_OFFSET_HOURS, lastDayOfMonth, monthEndUtc, monthStartUtc, type Month } from "~/utils/fiscal";
import { now as clockNow } from "~/utils/clock";

// The PDCA figures. Stored times are UTC ISO strings; every figure is counted by the Tokyo
// calendar month the record falls in (a posting published at 2026-03-31T15:30Z counts in
// April 2026, fiscal year 2026). Month by month here; fiscal years: stats-years.server.ts.

/**
 * The one place SQL turns a stored UTC time into its Tokyo month ("YYYY-MM"). A fixed
 * shift is exact because Japan keeps no daylight saving time.
 */
function tokyoMonthSql(column: string) {
  return sql<string>`strftime('%Y-%m', ${sql.ref(column)}, ${sql.lit(`+${TOKYO_OFFSET_HOURS} hours`)})`;
}

export type MonthFigures = {
  month: Month;
  jobsPublished: number;
  /** Postings open to the public at the end of the month (now, for the running month; null ahead). */
  jobsOpen: number | null;
  jobsFilled: number;
  employersNew: number;
  /** Employers approved (and still approved) at the end of the month; null ahead. */
  employersTotal: number | null;
  eventsHeld: number;
  seekers: number;
  attendingEmployers: number;
  interviews: number;
  contactsReceived: number;
  contactsHandled: number;
  hires: number;
  issuesPublished: number;
  copies: number;
};

/** Figures that add up over months (the others are stocks, read at one instant). */
export type Flow = Exclude<keyof MonthFigures, "month" | "jobsOpen" | "employersTotal">;
export const FLOWS: Flow[] = [
  "jobsPublished",
  "jobsFilled",
  "employersNew",
  "eventsHeld",
  "seekers",
  "attendingEmployers",
  "interviews",
  "contactsReceived",
  "contactsHandled",
  "hires",
  "issuesPublished",
  "copies",
];

type Counted = { month: string; n: number | string | null };

function put(target: Map<Month, MonthFigures>, rows: Counted[], key: Flow) {
  for (const row of rows) {
    const figures = target.get(row.month);
    if (figures) figures[key] += Number(row.n ?? 0);
  }
}

/** The instant a month's stock figures are read at: its end, or now while it runs. */
function stockPoint(month: Month, now: Date): string | null {
  const end = monthEndUtc(month);
  if (end <= now.toISOString()) return end;
  if (monthStartUtc(month) <= now.toISOString()) return now.toISOString();
  return null;
}

const EVER_PUBLIC = ["published", "filled", "closed", "expired"] as const;

/** Figures for each month in `months` (consecutive, oldest first). */
export async function monthlyFigures(
  db: Kysely<Database>,
  months: Month[],
  now = clockNow(),
): Promise<MonthFigures[]> {
  const first = months[0];
  const last = months[months.length - 1];
  const from = monthStartUtc(first);
  const to = monthEndUtc(last);
  const fromDay = `${first}-01`;
  const toDay = lastDayOfMonth(last);
  const nowIso = now.toISOString();

  const byMonth = new Map<Month, MonthFigures>();
  for (const month of months) {
    byMonth.set(month, {
      month,
      ...(Object.fromEntries(FLOWS.map((k) => [k, 0])) as Record<Flow, number>),
      jobsOpen: null,
      employersTotal: null,
    });
  }

  const published = await db
    .selectFrom("jobs")
    .select([tokyoMonthSql("published_at").as("month"), (eb) => eb.fn.countAll<number>().as("n")])
    .where("published_at", ">=", from)
    .where("published_at", "<", to)
    .groupBy(tokyoMonthSql("published_at"))
    .execute();
  put(byMonth, published, "jobsPublished");

  const filled = await db
    .selectFrom("jobs")
    .select([tokyoMonthSql("closed_at").as("month"), (eb) => eb.fn.countAll<number>().as("n")])
    .where("status", "=", "filled")
    .where("closed_at", ">=", from)
    .where("closed_at", "<", to)
    .groupBy(tokyoMonthSql("closed_at"))
    .execute();
  put(byMonth, filled, "jobsFilled");

  const approved = await db
    .selectFrom("employers")
    .select([tokyoMonthSql("approved_at").as("month"), (eb) => eb.fn.countAll<number>().as("n")])
    .where("approved_at", ">=", from)
    .where("approved_at", "<", to)
    .groupBy(tokyoMonthSql("approved_at"))
    .execute();
  put(byMonth, approved, "employersNew");

  const events = await db
    .selectFrom("events")
    .select([
      tokyoMonthSql("starts_at").as("month"),
      (eb) => eb.fn.countAll<number>().as("held"),
      sql<number>`coalesce(sum(${seekersFigure("events")}), 0)`.as("seekers"),
      sql<number>`coalesce(sum(${employersFigure("events")}), 0)`.as("employers"),
      sql<number>`coalesce(sum(${interviewsFigure("events")}), 0)`.as("interviews"),
    ])
    .where("status", "=", "published")
    .where("starts_at", ">=", from)
    .where("starts_at", "<", to)
    .where("ends_at", "<=", nowIso)
    .groupBy(tokyoMonthSql("starts_at"))
    .execute();
  put(byMonth, events.map((r) => ({ month: r.month, n: r.held })), "eventsHeld");
  put(byMonth, events.map((r) => ({ month: r.month, n: r.seekers })), "seekers");
  put(byMonth, events.map((r) => ({ month: r.month, n: r.employers })), "attendingEmployers");
  put(byMonth, events.map((r) => ({ month: r.month, n: r.interviews })), "interviews");

  // Read from the monthly tally, which outlives the requests (they are deleted after the
  // retention period); see db/migrations/2026-11-26-07-stats.ts.
  const contacts = await db
    .selectFrom("contact_request_counts")
    .select(["month", "received", "handled"])
    .where("month", ">=", first)
    .where("month", "<=", last)
    .execute();
  put(byMonth, contacts.map((r) => ({ month: r.month, n: r.received })), "contactsReceived");
  put(byMonth, contacts.map((r) => ({ month: r.month, n: r.handled })), "contactsHandled");

  // Hire reports already name a calendar month, as the employer meant it.
  const hires = await db
    .selectFrom("hire_reports")
    .select(["month", sql<number>`sum(hires)`.as("n")])
    .where("month", ">=", first)
    .where("month", "<=", last)
    .groupBy("month")
    .execute();
  put(byMonth, hires, "hires");

  const issues = await db
    .selectFrom("magazine_issues")
    .select([sql<string>`substr(issue_date, 1, 7)`.as("month"), (eb) => eb.fn.countAll<number>().as("n")])
    .where("status", "=", "published")
    .where("issue_date", ">=", fromDay)
    .where("issue_date", "<=", toDay)
    .groupBy(sql`substr(issue_date, 1, 7)`)
    .execute();
  put(byMonth, issues, "issuesPublished");

  const copies = await db
    .selectFrom("magazine_distributions")
    .select([sql<string>`substr(sent_on, 1, 7)`.as("month"), sql<number>`sum(copies)`.as("n")])
    .where("sent_on", ">=", fromDay)
    .where("sent_on", "<=", toDay)
    .groupBy(sql`substr(sent_on, 1, 7)`)
    .execute();
  put(byMonth, copies, "copies");

  // Stocks (open postings, approved employers) are read at each month's end. The rows are
  // few, so they are counted here rather than in one query per month.
  const jobs = await db
    .selectFrom("jobs")
    .select(["published_at", "closed_at", "end_date"])
    .where("status", "in", EVER_PUBLIC)
    .where("published_at", "is not", null)
    .where("published_at", "<", to)
    .execute();
  const employers = await db
    .selectFrom("employers")
    .select("approved_at")
    .where("status", "=", "approved")
    .where("approved_at", "is not", null)
    .where("approved_at", "<", to)
    .execute();
  for (const figures of byMonth.values()) {
    const point = stockPoint(figures.month, now);
    if (!point) continue;
    figures.jobsOpen = countOpenJobs(jobs, point);
    figures.employersTotal = employers.filter((e) => e.approved_at! < point).length;
  }
  return months.map((m) => byMonth.get(m)!);
}

/** Postings that were public at an instant: published before it, not yet closed or past their last day. */
export function countOpenJobs(
  jobs: Array<{ published_at: string | null; closed_at: string | null; end_date: string }>,
  point: string,
): number {
  // The Tokyo day of the last instant before the point (a plain shift: this runs per month).
  const lastDayBefore = new Date(new Date(point).getTime() - 1 + TOKYO_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
  return jobs.filter(
    (j) =>
      j.published_at !== null &&
      j.published_at < point &&
      (j.closed_at === null || j.closed_at >= point) &&
      j.end_date >= lastDayBefore,
  ).length;
}

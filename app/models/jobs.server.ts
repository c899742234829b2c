import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { Database } from "../../db/types";
import { tokyoDay } from "~/utils/dates";

/**
 * The postings anyone may see: published, not past their end date, from an employer that
 * staff have approved (a suspended employer's postings disappear at once).
 */
export function publicJobsQuery(db: Kysely<Database>, today = tokyoDay()) {
  return db
    .selectFrom("jobs")
    .innerJoin("employers", "employers.id", "jobs.employer_id")
    .where("jobs.status", "=", "published")
    // "+": never searched by end date (nearly every published posting is still open), so
    // SQLite keeps the newest-first indexes for a page instead of taking the end-date index
    // and sorting every open posting (at 100,000 postings, 60 ms instead of 1).
    .where(sql`+jobs.end_date`, ">=", today)
    .where("employers.status", "=", "approved");
}

/**
 * The same postings as publicJobsQuery, without the employers join: for lists that need
 * only the postings' own columns. A search walks thousands of postings newest first; the
 * join looked each one's employer up (a third of the walk's time at 100,000 postings),
 * where the few employers that are not approved are read once into a set. With `indexed`
 * false no index is searched by status: the caller drives the query from another set.
 */
export function publicJobRows(db: Kysely<Database>, today = tokyoDay(), indexed = true) {
  return db
    .selectFrom("jobs")
    .where(indexed ? sql.ref("jobs.status") : sql`+jobs.status`, "=", "published")
    .where(sql`+jobs.end_date`, ">=", today)
    .where("jobs.employer_id", "not in", db.selectFrom("employers").select("employers.id").where("employers.status", "!=", "approved"));
}

/**
 * What a result card shows, plus the offence categories the posting cannot accept: the
 * browser uses those to hide postings, so the seeker's own choice never leaves the browser.
 */
export function cardColumns(eb: ExpressionBuilder<Database, "jobs" | "employers">) {
  return [
    "jobs.id",
    "jobs.title",
    "jobs.ward",
    "jobs.industry",
    "jobs.employment_type",
    "jobs.pay_unit",
    "jobs.pay_min",
    "jobs.pay_max",
    "jobs.housing",
    "jobs.meals",
    "jobs.no_experience",
    "jobs.guarantor_not_needed",
    "jobs.employer_guarantor",
    "jobs.probation_ok",
    "jobs.facility_interview",
    "jobs.qualification_support",
    "employers.name as employer_name",
    eb
      .selectFrom("job_offence_rules")
      .select(sql<string>`coalesce(group_concat(category, ' '), '')`.as("refused"))
      .whereRef("job_offence_rules.job_id", "=", "jobs.id")
      .where("job_offence_rules.acceptance", "=", "no")
      .as("refused_offences"),
  ] as const;
}

export async function listNewestJobs(db: Kysely<Database>, limit = 6) {
  return publicJobsQuery(db)
    .select(cardColumns)
    .orderBy("jobs.published_at", "desc")
    .orderBy("jobs.id", "desc")
    .limit(limit)
    .execute();
}

export async function countPublicJobs(db: Kysely<Database>) {
  const row = await publicJobsQuery(db)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

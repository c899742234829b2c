import type { Kysely } from "kysely";
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
    .where("jobs.end_date", ">=", today)
    .where("employers.status", "=", "approved");
}

export async function listNewestJobs(db: Kysely<Database>, limit = 6) {
  return publicJobsQuery(db)
    .select([
      "jobs.id",
      "jobs.title",
      "jobs.ward",
      "jobs.industry",
      "jobs.employment_type",
      "jobs.pay_unit",
      "jobs.pay_min",
      "jobs.pay_max",
      "jobs.housing",
      "jobs.no_experience",
      "jobs.published_at",
      "employers.name as employer_name",
    ])
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

import type { Kysely, Selectable } from "kysely";
import type { Acceptance, Database, EmployersTable, Job, OffenceCategory } from "../../db/types";
import type { JobView } from "~/components/job-view";
import { cardColumns, publicJobsQuery } from "~/models/jobs.server";
import { statedTermsOf } from "~/schemas/stated-terms";
import { tokyoDay } from "~/utils/dates";
import { OFFENCE_CATEGORIES, keysOf } from "~/utils/labels";

type EmployerPart = Pick<
  Selectable<EmployersTable>,
  "id" | "name" | "name_kana" | "address" | "ward" | "phone" | "website" | "message" | "industry"
>;

/** A posting row, its offence rules and its employer as the one shape every page renders. */
export function toJobView(
  job: Job,
  employer: EmployerPart,
  rules: Array<{ category: OffenceCategory; acceptance: Acceptance }>,
): JobView {
  const offences = Object.fromEntries(keysOf(OFFENCE_CATEGORIES).map((c) => [c, "ok"])) as JobView["offences"];
  for (const rule of rules) offences[rule.category] = rule.acceptance;
  return {
    id: job.id,
    title: job.title,
    description: job.description,
    employmentType: job.employment_type,
    industry: job.industry,
    workplaceAddress: job.workplace_address,
    ward: job.ward,
    payUnit: job.pay_unit,
    payMin: job.pay_min,
    payMax: job.pay_max,
    payNote: job.pay_note,
    hours: job.hours,
    daysOff: job.days_off,
    insurance: job.insurance,
    licenses: job.licenses,
    benefits: job.benefits,
    noExperience: job.no_experience === 1,
    qualificationSupport: job.qualification_support === 1,
    housing: job.housing === 1,
    meals: job.meals === 1,
    guarantorNotNeeded: job.guarantor_not_needed === 1,
    employerGuarantor: job.employer_guarantor === 1,
    facilityInterview: job.facility_interview === 1,
    probationOk: job.probation_ok === 1,
    howToApply: job.how_to_apply,
    openings: job.openings,
    // A snapshot frozen before these columns existed has no such keys: they read as null.
    statedTerms: statedTermsOf(job),
    endDate: job.end_date,
    publishedAt: job.published_at,
    updatedAt: job.updated_at,
    offences,
    employer: {
      id: employer.id,
      name: employer.name,
      nameKana: employer.name_kana,
      address: employer.address,
      ward: employer.ward,
      phone: employer.phone,
      website: employer.website,
      message: employer.message,
      industry: employer.industry,
    },
  };
}

export type PublicJobLookup =
  | { state: "open"; job: JobView }
  | { state: "ended"; title: string; industry: Job["industry"]; ward: Job["ward"] }
  | { state: "missing" };

/**
 * A posting as the public may see it. One that was public once and no longer is (filled,
 * closed, past its end date, or its employer suspended) is "ended", so the page can say so
 * instead of pretending it never existed; one never published is simply missing.
 */
export async function getPublicJob(db: Kysely<Database>, id: number, today = tokyoDay()): Promise<PublicJobLookup> {
  const job = await db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst();
  if (!job || job.published_at === null) return { state: "missing" };
  const employer = await db
    .selectFrom("employers")
    .select(["id", "name", "name_kana", "address", "ward", "phone", "website", "message", "industry", "status"])
    .where("id", "=", job.employer_id)
    .executeTakeFirstOrThrow();
  const open = job.status === "published" && job.end_date >= today && employer.status === "approved";
  if (!open) return { state: "ended", title: job.title, industry: job.industry, ward: job.ward };
  const rules = await db
    .selectFrom("job_offence_rules")
    .select(["category", "acceptance"])
    .where("job_id", "=", id)
    .execute();
  return { state: "open", job: toJobView(job, employer, rules) };
}

/** Open postings like this one: same industry first, then same ward, newest first. */
export async function similarJobs(
  db: Kysely<Database>,
  like: { id: number; industry: Job["industry"]; ward: Job["ward"] },
  limit = 4,
) {
  // Two simple queries rather than one with OR: each walks its own index newest first.
  const newest = (column: "jobs.industry" | "jobs.ward", value: string, exclude: number[]) =>
    publicJobsQuery(db)
      .select(cardColumns)
      .where(column, "=", value as never)
      .where("jobs.id", "not in", exclude)
      .orderBy("jobs.published_at", "desc")
      .orderBy("jobs.id", "desc")
      .limit(limit)
      .execute();
  const sameIndustry = await newest("jobs.industry", like.industry, [like.id]);
  if (sameIndustry.length >= limit) return sameIndustry;
  const sameWard = await newest("jobs.ward", like.ward, [like.id, ...sameIndustry.map((j) => j.id)]);
  return [...sameIndustry, ...sameWard].slice(0, limit);
}

/** An approved employer's public profile; any other status is not found. */
export async function getPublicEmployer(db: Kysely<Database>, id: number) {
  return db
    .selectFrom("employers")
    .select([
      "id",
      "name",
      "name_kana",
      "industry",
      "address",
      "ward",
      "phone",
      "website",
      "employee_count",
      "profile",
      "message",
      "registration",
    ])
    .where("id", "=", id)
    .where("status", "=", "approved")
    .executeTakeFirst();
}

export async function employerOpenJobs(db: Kysely<Database>, employerId: number) {
  return publicJobsQuery(db)
    .select(cardColumns)
    .where("jobs.employer_id", "=", employerId)
    .orderBy("jobs.published_at", "desc")
    .orderBy("jobs.id", "desc")
    .execute();
}

/** The newest public postings with what a feed entry needs. */
export async function jobsForFeed(db: Kysely<Database>, limit = 50) {
  return publicJobsQuery(db)
    .select([
      "jobs.id",
      "jobs.title",
      "jobs.description",
      "jobs.ward",
      "jobs.employment_type",
      "jobs.pay_unit",
      "jobs.pay_min",
      "jobs.pay_max",
      "jobs.published_at",
      "jobs.updated_at",
      "employers.name as employer_name",
    ])
    .orderBy("jobs.published_at", "desc")
    .orderBy("jobs.id", "desc")
    .limit(limit)
    .execute();
}

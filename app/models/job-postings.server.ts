import type { Kysely } from "kysely";
import type { Acceptance, Database, Employer, Flag, Job, JobUpdate, OffenceCategory } from "../../db/types";
import type { JobView } from "~/components/job-view";
import { OFFENCE_FIELDS, type JobInput } from "~/schemas/job";
import { statedTermsOf } from "~/schemas/stated-terms";
import { nowIso, tokyoDay } from "~/utils/dates";

// The one translation between a posting as entered (JobInput, what the form, the revision
// JSON and the review diff use), its database row, and what pages show (JobView).

export type OffenceRules = Record<OffenceCategory, Acceptance>;

export type JobViewEmployer = Pick<
  Employer,
  "id" | "name" | "name_kana" | "address" | "ward" | "phone" | "website" | "message" | "industry"
>;

const flag = (b: boolean): Flag => (b ? 1 : 0);

/** The jobs columns a JobInput sets (status and dates are the caller's business). */
export function jobInputToColumns(input: JobInput) {
  return {
    title: input.title,
    description: input.description,
    employment_type: input.employment_type,
    industry: input.industry,
    workplace_address: input.workplace_address,
    ward: input.ward,
    pay_unit: input.pay_unit,
    pay_min: input.pay_min,
    pay_max: input.pay_max,
    pay_note: input.pay_note,
    hours: input.hours,
    days_off: input.days_off,
    insurance: input.insurance,
    licenses: input.licenses,
    benefits: input.benefits,
    no_experience: flag(input.no_experience),
    qualification_support: flag(input.qualification_support),
    housing: flag(input.housing),
    meals: flag(input.meals),
    guarantor_not_needed: flag(input.guarantor_not_needed),
    employer_guarantor: flag(input.employer_guarantor),
    facility_interview: flag(input.facility_interview),
    probation_ok: flag(input.probation_ok),
    how_to_apply: input.how_to_apply,
    openings: input.openings,
    ...statedTermsOf(input),
    end_date: input.end_date,
  } satisfies JobUpdate;
}

export function offenceRulesOf(input: JobInput): OffenceRules {
  return Object.fromEntries(OFFENCE_FIELDS.map(({ category, name }) => [category, input[name]])) as OffenceRules;
}

export async function writeOffenceRules(db: Kysely<Database>, jobId: number, rules: OffenceRules) {
  await db.deleteFrom("job_offence_rules").where("job_id", "=", jobId).execute();
  await db
    .insertInto("job_offence_rules")
    .values(OFFENCE_FIELDS.map(({ category }) => ({ job_id: jobId, category, acceptance: rules[category] })))
    .execute();
}

/**
 * Writes a posting's content (columns and the nine offence rules) from a JobInput. Staff use
 * it to approve a revision; run it inside the caller's transaction.
 */
export async function applyJobContent(db: Kysely<Database>, jobId: number, input: JobInput): Promise<void> {
  await db
    .updateTable("jobs")
    .set({ ...jobInputToColumns(input), updated_at: nowIso() })
    .where("id", "=", jobId)
    .execute();
  await writeOffenceRules(db, jobId, offenceRulesOf(input));
}

export async function loadOffenceRules(db: Kysely<Database>, jobId: number): Promise<OffenceRules> {
  const rows = await db
    .selectFrom("job_offence_rules")
    .select(["category", "acceptance"])
    .where("job_id", "=", jobId)
    .execute();
  // A category without a row has not been decided: it reads as "consult", never as "ok".
  const rules = Object.fromEntries(OFFENCE_FIELDS.map(({ category }) => [category, "consult"])) as OffenceRules;
  for (const row of rows) rules[row.category] = row.acceptance;
  return rules;
}

export function jobToInput(job: Job, offences: OffenceRules): JobInput {
  const input = {
    title: job.title,
    description: job.description,
    employment_type: job.employment_type,
    industry: job.industry,
    openings: job.openings,
    licenses: job.licenses,
    no_experience: job.no_experience === 1,
    qualification_support: job.qualification_support === 1,
    workplace_address: job.workplace_address,
    ward: job.ward,
    pay_unit: job.pay_unit,
    pay_max: job.pay_max,
    pay_note: job.pay_note,
    hours: job.hours,
    days_off: job.days_off,
    insurance: job.insurance,
    benefits: job.benefits,
    housing: job.housing === 1,
    meals: job.meals === 1,
    guarantor_not_needed: job.guarantor_not_needed === 1,
    employer_guarantor: job.employer_guarantor === 1,
    facility_interview: job.facility_interview === 1,
    probation_ok: job.probation_ok === 1,
    how_to_apply: job.how_to_apply,
    // Null on a posting made before these items were asked: the edit form shows them empty.
    ...statedTermsOf(job),
    end_date: job.end_date,
    pay_min: job.pay_min,
  } as JobInput;
  for (const { category, name } of OFFENCE_FIELDS) input[name] = offences[category];
  return input;
}

export function jobInputToView(
  input: JobInput,
  employer: JobViewEmployer,
  meta: { id?: number | null; publishedAt?: string | null; updatedAt?: string | null } = {},
): JobView {
  return {
    id: meta.id ?? null,
    title: input.title,
    description: input.description,
    employmentType: input.employment_type,
    industry: input.industry,
    workplaceAddress: input.workplace_address,
    ward: input.ward,
    payUnit: input.pay_unit,
    payMin: input.pay_min,
    payMax: input.pay_max,
    payNote: input.pay_note,
    hours: input.hours,
    daysOff: input.days_off,
    insurance: input.insurance,
    licenses: input.licenses,
    benefits: input.benefits,
    noExperience: input.no_experience,
    qualificationSupport: input.qualification_support,
    housing: input.housing,
    meals: input.meals,
    guarantorNotNeeded: input.guarantor_not_needed,
    employerGuarantor: input.employer_guarantor,
    facilityInterview: input.facility_interview,
    probationOk: input.probation_ok,
    howToApply: input.how_to_apply,
    openings: input.openings,
    statedTerms: statedTermsOf(input),
    endDate: input.end_date,
    publishedAt: meta.publishedAt ?? null,
    updatedAt: meta.updatedAt ?? null,
    offences: offenceRulesOf(input),
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

/** Published postings past their end date become "expired" (run by periodic maintenance). */
export async function expireJobs(db: Kysely<Database>, today = tokyoDay()): Promise<number> {
  const result = await db
    .updateTable("jobs")
    .set({ status: "expired", updated_at: nowIso() })
    .where("status", "=", "published")
    .where("end_date", "<", today)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

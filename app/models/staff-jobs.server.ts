import { sql, type Kysely } from "kysely";
import type { Database, JobStatus, Ward } from "../../db/types";
import type { JobCorrection } from "~/schemas/staff";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { contains, pageWindow } from "./lists.server";
import { settleTexts } from "./search-text.server";

export type StaffJobFilter = { status?: JobStatus; employerId?: number; ward?: Ward; q?: string; lacking?: boolean };

/** True (1) for a posting that has not stated every item a job offer must state (decision 0014). */
const lacksStatedTerms = sql<number>`(coalesce(jobs.probation_terms, '') = '' or coalesce(jobs.contract_terms, '') = ''
  or coalesce(jobs.overtime, '') = '' or coalesce(jobs.smoking_measures, '') = ''
  or coalesce(jobs.workplace_change_scope, '') = '' or coalesce(jobs.duties_change_scope, '') = ''
  or jobs.insurance = '')`;

export async function listJobsForStaff(db: Kysely<Database>, filter: StaffJobFilter = {}, requestedPage = 1) {
  let base = db.selectFrom("jobs").innerJoin("employers", "employers.id", "jobs.employer_id");
  if (filter.status) base = base.where("jobs.status", "=", filter.status);
  if (filter.employerId) base = base.where("jobs.employer_id", "=", filter.employerId);
  if (filter.ward) base = base.where("jobs.ward", "=", filter.ward);
  if (filter.lacking) base = base.where(lacksStatedTerms, "=", 1);
  const term = filter.q?.trim();
  if (term) base = base.where((eb) => eb.or([contains("jobs.title", term), contains("employers.name", term)]));

  const { n } = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const window = pageWindow(Number(n), requestedPage);
  const rows = await base
    .select([
      "jobs.id",
      "jobs.title",
      "jobs.status",
      "jobs.ward",
      "jobs.end_date",
      "jobs.updated_at",
      "employers.id as employer_id",
      "employers.name as employer_name",
      "employers.status as employer_status",
      lacksStatedTerms.as("lacks_terms"),
    ])
    .orderBy("jobs.updated_at", "desc")
    .orderBy("jobs.id", "desc")
    .limit(window.size)
    .offset(window.offset)
    .execute();
  return { rows, ...window };
}

export async function listEmployerChoices(db: Kysely<Database>) {
  return db.selectFrom("employers").select(["id", "name"]).orderBy("name_kana").execute();
}

export async function findJobForStaff(db: Kysely<Database>, id: number) {
  return db
    .selectFrom("jobs")
    .innerJoin("employers", "employers.id", "jobs.employer_id")
    .selectAll("jobs")
    .select(["employers.name as employer_name", "employers.status as employer_status"])
    .where("jobs.id", "=", id)
    .executeTakeFirst();
}

const CORRECTABLE = [
  "title",
  "description",
  "hours",
  "days_off",
  "pay_note",
  "insurance",
  "licenses",
  "benefits",
  "how_to_apply",
] as const;

/**
 * Staff correct the wording of any posting in place (a typo, a phone number, wording that
 * could single a person out). What changed, before and after, goes into the audit log.
 */
export async function correctJobText(db: Kysely<Database>, actor: Actor, id: number, input: JobCorrection) {
  const result = await db.transaction().execute(async (trx) => {
    const job = await trx.selectFrom("jobs").select(CORRECTABLE).where("id", "=", id).executeTakeFirst();
    if (!job) return null;
    const changes: Record<string, { before: string; after: string }> = {};
    for (const field of CORRECTABLE) {
      if (job[field] !== input[field]) changes[field] = { before: job[field], after: input[field] };
    }
    const set = Object.fromEntries(Object.entries(changes).map(([field, c]) => [field, c.after]));
    await trx
      .updateTable("jobs")
      .set({ ...set, updated_at: nowIso() })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, "job.correct", { type: "job", id }, { note: input.note, changes });
    return { id, changed: Object.keys(changes) };
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

/** Ends a posting that is still open or waiting (published, pending, draft or rejected). */
export async function closeJobByStaff(db: Kysely<Database>, actor: Actor, id: number, reason: string) {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const closed = await trx
      .updateTable("jobs")
      .set({ status: "closed", status_reason: reason, closed_at: now, updated_at: now })
      .where("id", "=", id)
      .where("status", "in", ["published", "pending", "draft", "rejected"])
      .returning("id")
      .executeTakeFirst();
    if (!closed) return null;
    // A change that was waiting for review no longer has anything to change.
    await trx
      .updateTable("job_revisions")
      .set({ status: "withdrawn", decided_at: now, decided_by: actor.id })
      .where("job_id", "=", id)
      .where("status", "=", "pending")
      .execute();
    await recordAudit(trx, actor, "job.close", { type: "job", id }, { reason });
    return closed;
  });
}

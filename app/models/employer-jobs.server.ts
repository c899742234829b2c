import { sql, type Kysely } from "kysely";
import type { Database, Job, JobStatus } from "../../db/types";
import { DEFAULT_END_MONTHS, type JobInput } from "~/schemas/job";
import { addDays, addMonths, nowIso, tokyoDay } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { findOpenRevision } from "./job-revisions.server";
import { applyJobContent, jobInputToColumns, loadOffenceRules, offenceRulesOf, writeOffenceRules } from "./job-postings.server";
import { employerItemWaitingMail } from "./mails.server";
import { enqueueForStaff } from "./outbox.server";
import { settleTexts } from "./search-text.server";

// An employer's own postings. Every query names the employer: a posting that is not
// theirs is simply not found, and the route answers 404.

export type Owned = { jobId: number; employerId: number };
export type SaveIntent = "draft" | "submit";
/** Who acts and where staff find the review queue (for the notice mail). */
export type EmployerActor = Actor & { employerId: number; companyName: string; staffLink: string };

/** A published posting past its end date reads as expired even before maintenance marks it. */
export function effectiveStatus(
  job: { status: JobStatus; end_date: string; refused_at?: string | null },
  today = tokyoDay(),
): JobStatus {
  // A posting refused for good (不承認) has ended: it is neither corrected nor sent again.
  if (job.refused_at) return "closed";
  return job.status === "published" && job.end_date < today ? "expired" : job.status;
}

/** Ending within this many days (or ended): the employer may push the end date out. */
export const EXTEND_WINDOW_DAYS = 30;

export function canExtend(job: { status: JobStatus; end_date: string }, today = tokyoDay()) {
  const status = effectiveStatus(job, today);
  return (status === "published" || status === "expired") && job.end_date <= addDays(today, EXTEND_WINDOW_DAYS);
}

export async function listEmployerJobs(db: Kysely<Database>, employerId: number, today = tokyoDay()) {
  const rows = await db
    .selectFrom("jobs")
    .select((eb) => [
      "jobs.id",
      "jobs.title",
      "jobs.status",
      "jobs.status_reason",
      "jobs.refused_at",
      "jobs.end_date",
      "jobs.published_at",
      "jobs.submitted_at",
      "jobs.updated_at",
      eb
        .selectFrom("job_daily_views")
        .select(sql<number>`coalesce(sum(views), 0)`.as("v"))
        .whereRef("job_daily_views.job_id", "=", "jobs.id")
        .as("views"),
      eb
        .selectFrom("job_revisions")
        .select("job_revisions.status")
        .whereRef("job_revisions.job_id", "=", "jobs.id")
        .orderBy("job_revisions.id", "desc")
        .limit(1)
        .as("revision_status"),
    ])
    .where("jobs.employer_id", "=", employerId)
    .orderBy("jobs.updated_at", "desc")
    .orderBy("jobs.id", "desc")
    .execute();
  return rows.map((row) => ({
    ...row,
    views: Number(row.views ?? 0),
    status: effectiveStatus(row, today),
    canExtend: canExtend(row, today),
  }));
}

export async function findEmployerJob(db: Kysely<Database>, { jobId, employerId }: Owned): Promise<Job | undefined> {
  return db.selectFrom("jobs").selectAll().where("id", "=", jobId).where("employer_id", "=", employerId).executeTakeFirst();
}


async function notifyStaff(db: Kysely<Database>, actor: EmployerActor, kind: "job" | "revision", title: string) {
  await enqueueForStaff(db, (to) =>
    employerItemWaitingMail(to, { kind, companyName: actor.companyName, title }, actor.staffLink),
  );
}

export async function createJob(db: Kysely<Database>, actor: EmployerActor, input: JobInput, intent: SaveIntent) {
  const result = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const job = await trx
      .insertInto("jobs")
      .values({
        ...jobInputToColumns(input),
        employer_id: actor.employerId,
        status: intent === "submit" ? "pending" : "draft",
        submitted_at: intent === "submit" ? now : null,
        published_at: null,
        closed_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeOffenceRules(trx, job.id, offenceRulesOf(input));
    await recordAudit(trx, actor, intent === "submit" ? "job.submit" : "job.draft", { type: "job", id: job.id });
    if (intent === "submit") await notifyStaff(trx, actor, "job", input.title);
    return job.id;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

export type SaveOutcome = "saved" | "submitted" | "revision_saved" | "revision_submitted" | "ended";

/**
 * Saves an edit. A posting the public has not seen yet changes in place; a published one
 * gets a revision that waits for review while the public keeps seeing the approved row.
 */
export async function saveJob(
  db: Kysely<Database>,
  actor: EmployerActor,
  jobId: number,
  input: JobInput,
  intent: SaveIntent,
): Promise<SaveOutcome | null> {
  const result = await db.transaction().execute(async (trx) => {
    const job = await findEmployerJob(trx, { jobId, employerId: actor.employerId });
    if (!job) return null;
    const status = effectiveStatus(job);
    const now = nowIso();
    if (status === "published") {
      const open = await findOpenRevision(trx, jobId);
      const revisionStatus = intent === "submit" ? "pending" : "draft";
      if (open) {
        await trx
          .updateTable("job_revisions")
          .set({ content: JSON.stringify(input), status: revisionStatus, created_at: now })
          .where("id", "=", open.id)
          .execute();
      } else {
        await trx
          .insertInto("job_revisions")
          .values({ job_id: jobId, content: JSON.stringify(input), status: revisionStatus, created_at: now })
          .execute();
      }
      await recordAudit(trx, actor, `job.revision_${revisionStatus}`, { type: "job", id: jobId });
      if (intent === "submit") await notifyStaff(trx, actor, "revision", input.title);
      return intent === "submit" ? "revision_submitted" : "revision_saved";
    }
    if (status !== "draft" && status !== "rejected" && status !== "pending") return "ended";
    // A sent-back posting keeps its reason on screen until it is sent again.
    const nextStatus: JobStatus = intent === "submit" ? "pending" : status === "rejected" ? "rejected" : "draft";
    await applyJobContent(trx, jobId, input);
    await trx
      .updateTable("jobs")
      .set({
        status: nextStatus,
        submitted_at: intent === "submit" ? now : job.submitted_at,
        status_reason: intent === "submit" ? "" : job.status_reason,
      })
      .where("id", "=", jobId)
      .execute();
    await recordAudit(trx, actor, intent === "submit" ? "job.submit" : "job.draft", { type: "job", id: jobId });
    if (intent === "submit") await notifyStaff(trx, actor, "job", input.title);
    return intent === "submit" ? "submitted" : "saved";
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

/** A copy of the approved content as a new draft with a fresh end date. */
export async function duplicateJob(db: Kysely<Database>, actor: EmployerActor, jobId: number): Promise<number | null> {
  const result = await db.transaction().execute(async (trx) => {
    const job = await findEmployerJob(trx, { jobId, employerId: actor.employerId });
    if (!job) return null;
    const offences = await loadOffenceRules(trx, jobId);
    const {
      id: _id,
      status: _status,
      status_reason: _reason,
      published_at: _published,
      submitted_at: _submitted,
      closed_at: _closed,
      ...content
    } = job;
    const now = nowIso();
    const copy = await trx
      .insertInto("jobs")
      .values({
        ...content,
        status: "draft",
        end_date: addMonths(tokyoDay(), DEFAULT_END_MONTHS),
        published_at: null,
        submitted_at: null,
        closed_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeOffenceRules(trx, copy.id, offences);
    await recordAudit(trx, actor, "job.duplicate", { type: "job", id: copy.id }, { from: jobId });
    return copy.id;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

const ENDABLE: Record<"filled" | "closed", JobStatus[]> = {
  filled: ["published"],
  closed: ["draft", "pending", "published", "rejected", "expired"],
};

/** Filled (the people were found) or closed (the employer stops): gone from public pages. */
export async function endJob(
  db: Kysely<Database>,
  actor: EmployerActor,
  jobId: number,
  to: "filled" | "closed",
): Promise<"done" | "not_allowed" | null> {
  return db.transaction().execute(async (trx) => {
    const job = await findEmployerJob(trx, { jobId, employerId: actor.employerId });
    if (!job) return null;
    const from = effectiveStatus(job);
    if (!ENDABLE[to].includes(from)) return "not_allowed";
    const now = nowIso();
    await trx.updateTable("jobs").set({ status: to, closed_at: now, updated_at: now }).where("id", "=", jobId).execute();
    await trx
      .updateTable("job_revisions")
      .set({ status: "withdrawn", decided_at: now })
      .where("job_id", "=", jobId)
      .where("status", "in", ["draft", "pending"])
      .execute();
    // The status it had is what a reopen within REOPEN_DAYS goes back to (job-reopen.server.ts).
    await recordAudit(trx, actor, `job.${to}`, { type: "job", id: jobId }, { from });
    return "done";
  });
}

/**
 * Pushes the end date to three months from today. An expired posting comes back as it was
 * approved: its content did not change, only the employer's word that it is still open.
 */
export async function extendJob(
  db: Kysely<Database>,
  actor: EmployerActor,
  jobId: number,
): Promise<{ endDate: string } | "not_allowed" | null> {
  return db.transaction().execute(async (trx) => {
    const job = await findEmployerJob(trx, { jobId, employerId: actor.employerId });
    if (!job) return null;
    if (!canExtend(job)) return "not_allowed";
    const endDate = addMonths(tokyoDay(), DEFAULT_END_MONTHS);
    await trx
      .updateTable("jobs")
      .set({ end_date: endDate, status: "published", updated_at: nowIso() })
      .where("id", "=", jobId)
      .execute();
    await recordAudit(trx, actor, "job.extend", { type: "job", id: jobId }, { from: job.end_date, to: endDate });
    return { endDate };
  });
}

export async function withdrawRevision(db: Kysely<Database>, actor: EmployerActor, jobId: number) {
  return db.transaction().execute(async (trx) => {
    const job = await findEmployerJob(trx, { jobId, employerId: actor.employerId });
    if (!job) return null;
    const result = await trx
      .updateTable("job_revisions")
      .set({ status: "withdrawn", decided_at: nowIso() })
      .where("job_id", "=", jobId)
      .where("status", "in", ["draft", "pending"])
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) {
      await recordAudit(trx, actor, "job.revision_withdrawn", { type: "job", id: jobId });
    }
    return Number(result.numUpdatedRows);
  });
}

/** The acting employer as the job functions want it, with the link staff get in mail. */
export function employerActor(
  user: { id: number; email: string; employerId: number },
  employer: { name: string },
  staffOrigin: string,
): EmployerActor {
  return { id: user.id, email: user.email, employerId: user.employerId, companyName: employer.name, staffLink: `${staffOrigin}/staff` };
}

import type { Kysely } from "kysely";
import type { Database, Job, JobStatus } from "../../db/types";
import { now as clockNow } from "~/utils/clock";
import { nowIso } from "~/utils/dates";
import { recordAudit } from "./audit.server";
import { findEmployerJob, type EmployerActor } from "./employer-jobs.server";

// A posting the employer marked 充足 or 終了 by mistake can be opened again for a while.

export const REOPEN_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

type Closing = { action: string; from?: JobStatus } | undefined;

/** How the posting was last ended: by the employer (job.filled, job.closed) or by staff (job.close). */
export async function findClosing(db: Kysely<Database>, jobId: number): Promise<Closing> {
  const row = await db
    .selectFrom("audit_log")
    .select(["action", "detail"])
    .where("entity_type", "=", "job")
    .where("entity_id", "=", String(jobId))
    .where("action", "in", ["job.filled", "job.closed", "job.close"])
    .orderBy("id", "desc")
    .executeTakeFirst();
  if (!row) return undefined;
  return { action: row.action, from: (JSON.parse(row.detail) as { from?: JobStatus }).from };
}

/**
 * The employer's own closing, still within REOPEN_DAYS of it. A posting staff closed (with a
 * reason) is staff's to undo, not the employer's.
 */
export function canReopen(job: Pick<Job, "status" | "closed_at" | "status_reason">, closing: Closing, now = clockNow()): boolean {
  if ((job.status !== "filled" && job.status !== "closed") || !job.closed_at) return false;
  if (closing ? closing.action === "job.close" : job.status_reason !== "") return false;
  return now.getTime() - Date.parse(job.closed_at) <= REOPEN_DAYS * DAY_MS;
}

/** The last day a posting closed at `closedAt` can be reopened (an ISO instant). */
export function reopenUntil(closedAt: string): string {
  return new Date(Date.parse(closedAt) + REOPEN_DAYS * DAY_MS).toISOString();
}

/**
 * Where a reopened posting goes. One the public saw as approved (published, or published
 * and past its end date) goes back to being public: its content is what staff approved,
 * since a published posting's edits wait as revisions and closing withdrew them. One whose
 * content had not been approved (sent, sent back) goes back to review; a draft stays a draft.
 */
function statusAfterReopen(from: JobStatus | undefined, job: Job): JobStatus {
  if (from === "published" || from === "expired") return "published";
  if (from === "pending" || from === "rejected") return "pending";
  if (from === "draft") return "draft";
  // Closed before the status it had was recorded: an approved posting was public.
  return job.published_at ? "published" : "draft";
}

export async function reopenJob(
  db: Kysely<Database>,
  actor: EmployerActor,
  jobId: number,
): Promise<{ status: JobStatus } | "not_allowed" | null> {
  return db.transaction().execute(async (trx) => {
    const job = await findEmployerJob(trx, { jobId, employerId: actor.employerId });
    if (!job) return null;
    const closing = await findClosing(trx, jobId);
    if (!canReopen(job, closing)) return "not_allowed";
    const status = statusAfterReopen(closing?.from, job);
    const now = nowIso();
    await trx
      .updateTable("jobs")
      .set({
        status,
        closed_at: null,
        updated_at: now,
        ...(status === "pending" ? { submitted_at: now, status_reason: "" } : {}),
        ...(status === "published" ? { status_reason: "" } : {}),
      })
      .where("id", "=", jobId)
      .execute();
    await recordAudit(trx, actor, "job.reopen", { type: "job", id: jobId }, { from: job.status, to: status });
    return { status };
  });
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { JobInput } from "~/schemas/job";

// Changes to a published posting (job_revisions): the public keeps seeing the approved
// version until staff approve the change. Reading them here; writing them where the
// employer (employer-jobs.server.ts) or staff (review.server.ts) act.

/** The change to a published posting that is being prepared or waits for review, if any. */
export async function findOpenRevision(db: Kysely<Database>, jobId: number) {
  const row = await db
    .selectFrom("job_revisions")
    .selectAll()
    .where("job_id", "=", jobId)
    .where("status", "in", ["draft", "pending"])
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row ? { ...row, input: JSON.parse(row.content) as JobInput } : undefined;
}

/** The latest change staff sent back, when nothing newer is open. */
export async function findRejectedRevision(db: Kysely<Database>, jobId: number) {
  const latest = await db
    .selectFrom("job_revisions")
    .select(["status", "reason", "decided_at"])
    .where("job_id", "=", jobId)
    .orderBy("id", "desc")
    .executeTakeFirst();
  return latest?.status === "rejected" ? latest : undefined;
}

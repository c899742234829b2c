import type { Kysely } from "kysely";
import type { Database } from "../../db/types";

// An employer's own postings. Every query names the employer: a posting that is not
// theirs is simply not found.

export async function listEmployerJobs(db: Kysely<Database>, employerId: number) {
  return db
    .selectFrom("jobs")
    .select(["id", "title", "status", "status_reason", "end_date", "published_at", "updated_at"])
    .where("employer_id", "=", employerId)
    .orderBy("updated_at", "desc")
    .execute();
}

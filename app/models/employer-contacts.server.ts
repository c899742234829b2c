import type { Kysely } from "kysely";
import type { Database } from "../../db/types";

// Contact requests as the employer sees them: only what staff chose to pass on.

/** What staff passed on from people who asked to be put in touch (the chosen details only). */
export async function listForwardedContacts(db: Kysely<Database>, employerId: number, limit = 20) {
  return db
    .selectFrom("contact_forwards")
    .innerJoin("contact_requests", "contact_requests.id", "contact_forwards.contact_request_id")
    .leftJoin("jobs", (join) =>
      join.onRef("jobs.id", "=", "contact_requests.job_id").on("jobs.employer_id", "=", employerId),
    )
    .select(["contact_forwards.id", "contact_forwards.details", "contact_forwards.created_at", "jobs.title as job_title"])
    .where("contact_forwards.employer_id", "=", employerId)
    .orderBy("contact_forwards.created_at", "desc")
    .limit(limit)
    .execute();
}

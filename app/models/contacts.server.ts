import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { countRecentHits, recordHit } from "~/models/rate-limit.server";
import { PREFERRED_TIMES, type ContactInput } from "~/schemas/contact";
import { now as clockNow } from "~/utils/clock";

// Contact requests hold the minimum (DESIGN.md, privacy rules). They are deleted after the
// retention period by deleteOldContactRequests in maintenance.server.ts.

const BUCKET = "contact-request";
/** Per client address: enough for a person asking about a few jobs, too few for spam. */
export const CONTACT_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 };

export async function contactLimitReached(db: Kysely<Database>, address: string, now = clockNow()) {
  return (await countRecentHits(db, BUCKET, address, CONTACT_LIMIT.windowMs, now)) >= CONTACT_LIMIT.max;
}

/** Counts an attempt against the address, also for robots caught by the trap field. */
export async function countContactAttempt(db: Kysely<Database>, address: string, now = clockNow()) {
  await recordHit(db, BUCKET, address, now);
}

export async function createContactRequest(
  db: Kysely<Database>,
  jobId: number,
  input: ContactInput,
  now = clockNow(),
) {
  // One way to reach the person: the phone when both were given (people answer calls
  // more readily than mail), so that nothing more than needed is kept.
  const method = input.phone ? "phone" : "email";
  return db
    .insertInto("contact_requests")
    .values({
      job_id: jobId,
      name: input.name,
      contact_method: method,
      contact_value: method === "phone" ? input.phone : input.email,
      preferred_time: PREFERRED_TIMES[input.preferredTime],
      message: input.message,
      created_at: now.toISOString(),
    })
    .returning(["id"])
    .executeTakeFirstOrThrow();
}

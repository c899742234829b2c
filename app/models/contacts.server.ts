import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { countRecentHits, recordHit } from "~/models/rate-limit.server";
import { PREFERRED_TIMES, type ContactInput } from "~/schemas/contact";
import { now as clockNow } from "~/utils/clock";
import { contactBurstMail } from "./alert-mails.server";
import { enqueueForStaff } from "./outbox.server";

// Contact requests hold the minimum (DESIGN.md, privacy rules). They are deleted after the
// retention period by deleteOldContactRequests in maintenance.server.ts.

const HOUR = 60 * 60 * 1000;

/**
 * Spam is held by several small limits rather than one tight one, so that a probation
 * office or a facility, where many people share one network address, is not blocked
 * (docs/decisions/0018-alerts-and-contact-limits.md).
 */
export const CONTACT_LIMITS = {
  /** Per client address: a whole office's people in an hour. */
  address: { max: 30, windowMs: HOUR },
  /** The same posting from one address: a person who retries, not a flood. */
  addressJob: { max: 3, windowMs: HOUR },
  /** The same words from anywhere: one text pasted into many forms. */
  content: { max: 10, windowMs: HOUR },
} as const;
export type ContactLimit = keyof typeof CONTACT_LIMITS;

const BUCKETS: Record<ContactLimit, string> = {
  address: "contact-request",
  addressJob: "contact-request-job",
  content: "contact-request-text",
};
const BURST_BUCKET = "contact-burst-notice";
/** Staff hear of a burst once: no second mail while refusals go on within this time. */
export const BURST_NOTICE_GAP_MS = 6 * HOUR;

type Attempt = { address: string; jobId: number; message?: string };

/** The same text typed with other spacing is the same text. */
function contentKey(message: string): string | null {
  const words = message.replace(/\s+/g, " ").trim();
  return words ? createHash("sha256").update(words).digest("hex") : null;
}

function keysOf(attempt: Attempt): [ContactLimit, string][] {
  const keys: [ContactLimit, string][] = [
    ["address", attempt.address],
    ["addressJob", `${attempt.address} ${attempt.jobId}`],
  ];
  const text = contentKey(attempt.message ?? "");
  if (text) keys.push(["content", text]);
  return keys;
}

/** The first limit this attempt would pass, or null when it may go through. */
export async function contactLimitReached(db: Kysely<Database>, attempt: Attempt, now = clockNow()) {
  for (const [limit, key] of keysOf(attempt)) {
    const { max, windowMs } = CONTACT_LIMITS[limit];
    if ((await countRecentHits(db, BUCKETS[limit], key, windowMs, now)) >= max) return limit;
  }
  return null;
}

/** Counts an attempt against every limit, also for robots caught by the trap field. */
export async function countContactAttempt(db: Kysely<Database>, attempt: Attempt, now = clockNow()) {
  for (const [limit, key] of keysOf(attempt)) await recordHit(db, BUCKETS[limit], key, now);
}

/**
 * A refusal tells staff, by one mail to each of them per burst: the first refusal after a
 * quiet spell sends it, the ones after it within BURST_NOTICE_GAP_MS do not.
 */
export async function noticeContactBurst(db: Kysely<Database>, limit: ContactLimit, link: string, now = clockNow()) {
  return db.transaction().execute(async (trx) => {
    if ((await countRecentHits(trx, BURST_BUCKET, "site", BURST_NOTICE_GAP_MS, now)) > 0) return false;
    await recordHit(trx, BURST_BUCKET, "site", now);
    await enqueueForStaff(trx, (to) => contactBurstMail(to, limit, link));
    return true;
  });
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

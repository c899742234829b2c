import { createHash, createHmac } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { UNCONFIRMED_DAYS } from "~/schemas/alert";
import { parseJobSearch } from "~/schemas/job-search";
import { now as clockNow } from "~/utils/clock";
import { tokyoDay } from "~/utils/dates";
import { alertConfirmMail, jobAlertMail } from "./alert-mails.server";
import { newMatchingJobs } from "./job-search.server";
import { enqueueMail } from "./outbox.server";
import { countRecentHits, recordHit } from "./rate-limit.server";
import { signingKey } from "./sent-receipts.server";

// New-job alerts (docs/decisions/0018-alerts-and-contact-limits.md). The secret link of an
// alert is a signature of its number under the site's key, so every mail can carry it; the
// row keeps only a hash of it, to find the alert by its link.

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Like contact requests: an office network may sign up many people; one address few times. */
export const ALERT_LIMITS = {
  address: { max: 30, windowMs: HOUR },
  email: { max: 3, windowMs: HOUR },
} as const;

export { UNCONFIRMED_DAYS };

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

async function tokenFor(db: Kysely<Database>, alert: { id: number; created_at: string }) {
  return createHmac("sha256", await signingKey(db)).update(`job-alert:${alert.id}:${alert.created_at}`).digest("base64url");
}

export const ALERT_TOKEN = /^[\w-]{43}$/;

export async function alertLimitReached(db: Kysely<Database>, address: string, email: string, now = clockNow()) {
  const byAddress = await countRecentHits(db, "job-alert", address, ALERT_LIMITS.address.windowMs, now);
  const byEmail = await countRecentHits(db, "job-alert-email", email, ALERT_LIMITS.email.windowMs, now);
  return byAddress >= ALERT_LIMITS.address.max || byEmail >= ALERT_LIMITS.email.max;
}

export async function countAlertAttempt(db: Kysely<Database>, address: string, email: string, now = clockNow()) {
  await recordHit(db, "job-alert", address, now);
  await recordHit(db, "job-alert-email", email, now);
}

/** Saves an unconfirmed alert and queues the mail that confirms it. */
export async function subscribeAlert(db: Kysely<Database>, email: string, search: string, origin: string, now = clockNow()) {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("job_alerts")
      .values({ email, search, token_hash: `pending:${email}:${at}:${Math.random()}`, created_at: at, news_since: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = await tokenFor(trx, { id, created_at: at });
    await trx.updateTable("job_alerts").set({ token_hash: hashOf(token) }).where("id", "=", id).execute();
    await enqueueMail(trx, alertConfirmMail(email, `${origin}/alerts/${token}`));
    return token;
  });
}

export async function findAlert(db: Kysely<Database>, token: string | undefined) {
  if (!token || !ALERT_TOKEN.test(token)) return undefined;
  return db.selectFrom("job_alerts").selectAll().where("token_hash", "=", hashOf(token)).executeTakeFirst();
}

/** Confirmed from the mailed link: postings approved from now on are news to the person. */
export async function confirmAlert(db: Kysely<Database>, id: number, now = clockNow()) {
  await db
    .updateTable("job_alerts")
    .set({ confirmed_at: now.toISOString(), news_since: now.toISOString() })
    .where("id", "=", id)
    .where("confirmed_at", "is", null)
    .execute();
}

export async function changeAlertSearch(db: Kysely<Database>, id: number, search: string) {
  await db.updateTable("job_alerts").set({ search }).where("id", "=", id).execute();
}

/** Stopping deletes the address: nothing of the person is kept. */
export async function deleteAlert(db: Kysely<Database>, id: number) {
  await db.deleteFrom("job_alerts").where("id", "=", id).execute();
}

/** Alerts not confirmed within UNCONFIRMED_DAYS: one exactly 7 days old goes, younger stay. */
export async function deleteUnconfirmedAlerts(db: Kysely<Database>, now = clockNow()) {
  const cutoff = new Date(now.getTime() - UNCONFIRMED_DAYS * DAY).toISOString();
  const result = await db
    .deleteFrom("job_alerts")
    .where("confirmed_at", "is", null)
    .where("created_at", "<=", cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The daily mails: each confirmed alert not mailed today (Tokyo) gets one mail listing the
 * postings its search finds that were approved since its last mail; none when there are none.
 * Safe to run every ten minutes. Returns how many mails were queued.
 */
export async function sendJobAlerts(db: Kysely<Database>, origin: string, now = clockNow()) {
  const today = tokyoDay(now);
  const due = await db
    .selectFrom("job_alerts")
    .selectAll()
    .where("confirmed_at", "is not", null)
    .where((eb) => eb.or([eb("last_sent_day", "is", null), eb("last_sent_day", "<", today)]))
    .orderBy("id")
    .execute();
  let sent = 0;
  for (const alert of due) {
    const search = parseJobSearch(new URLSearchParams(alert.search));
    const jobs = await newMatchingJobs(db, search, alert.news_since, today);
    if (jobs.length === 0) continue;
    const link = `${origin}/alerts/${await tokenFor(db, alert)}`;
    await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("job_alerts")
        .set({ last_sent_day: today, news_since: now.toISOString() })
        .where("id", "=", alert.id)
        .where((eb) => eb.or([eb("last_sent_day", "is", null), eb("last_sent_day", "<", today)]))
        .executeTakeFirst();
      // Another worker's run took it first.
      if (Number(claimed.numUpdatedRows) === 0) return;
      await enqueueMail(trx, jobAlertMail(alert.email, search, jobs, origin, link));
      sent++;
    });
  }
  return sent;
}

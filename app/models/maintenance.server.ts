import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types";
import { deleteExpiredSessions } from "~/auth/session.server";
import { tokyoDay } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { remindDueFollowUps } from "./hire-follow-ups.server";
import { deleteUnconfirmedAlerts, sendJobAlerts } from "./job-alerts.server";
import { expireJobs } from "./job-postings.server";
import { deliverPendingMail } from "./outbox.server";
import { pruneHits } from "./rate-limit.server";
import { purgeOldRegistrations } from "./staff-registrations.server";
import { now as clockNow } from "~/utils/clock";
import { publicOrigin } from "~/utils/origin.server";

/**
 * Removes contact requests that have reached the retention period (90 days unless
 * configured): one 90 days old goes, one a second younger stays.
 */
export async function deleteOldContactRequests(db: Kysely<Database>, now = clockNow(), days = env.contactRetentionDays) {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
  const result = await db.deleteFrom("contact_requests").where("created_at", "<=", cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function runMaintenance(db: Kysely<Database>, now = clockNow()) {
  await deleteExpiredSessions(db, now);
  await pruneHits(db, now);
  await deleteOldContactRequests(db, now);
  await purgeOldRegistrations(db, now, env.registrationRetentionDays);
  await expireJobs(db, tokyoDay(now));
  await db
    .deleteFrom("password_resets")
    .where("expires_at", "<", new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString())
    .execute();
  await remindDueFollowUps(db, tokyoDay(now));
  await deleteUnconfirmedAlerts(db, now);
  await sendJobAlerts(db, publicOrigin(), now);
  await deliverPendingMail(db);
}

/** Throws when the database does not answer (the health check). */
export async function pingDatabase(db: Kysely<Database>) {
  await sql`select 1`.execute(db);
}

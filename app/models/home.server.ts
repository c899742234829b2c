import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { now as clockNow } from "~/utils/clock";
import { tokyoDay } from "~/utils/dates";

// The small reads the home page needs from the events and the magazine.

/** The next few events for seekers (the employers' seminars are on /for-employers). */
export async function nextPublicEvents(db: Kysely<Database>, limit = 3, now = clockNow()) {
  return db
    .selectFrom("events")
    .leftJoin("employers as organizer", "organizer.id", "events.organizer_employer_id")
    .select(["events.id", "events.kind", "events.title", "events.starts_at", "events.venue"])
    .where("events.status", "=", "published")
    .where("events.audience", "=", "seeker")
    .where("events.ends_at", ">=", now.toISOString())
    // As on /events: an employer's own seminar shows only while the employer is approved.
    .where((eb) => eb.or([eb("events.organizer_employer_id", "is", null), eb("organizer.status", "=", "approved")]))
    .orderBy("events.starts_at")
    .orderBy("events.id")
    .limit(limit)
    .execute();
}

/** The newest issue the public may read today (a scheduled one waits for its date). */
export async function latestMagazineIssue(db: Kysely<Database>, today = tokyoDay()) {
  return db
    .selectFrom("magazine_issues")
    .select(["number", "title", "issue_date", "editor_note"])
    .where("status", "=", "published")
    .where("issue_date", "<=", today)
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
}

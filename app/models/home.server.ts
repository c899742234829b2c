import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { now as clockNow } from "~/utils/clock";
import { tokyoDay } from "~/utils/dates";

// The small reads the home page needs from the events and the magazine.

export async function nextPublicEvents(db: Kysely<Database>, limit = 3, now = clockNow()) {
  return db
    .selectFrom("events")
    .select(["id", "kind", "title", "starts_at", "venue"])
    .where("status", "=", "published")
    .where("ends_at", ">=", now.toISOString())
    .orderBy("starts_at")
    .orderBy("id")
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

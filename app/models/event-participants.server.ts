import type { Kysely } from "kysely";
import type { Database } from "../../db/types";

// The employers taking part in an event (the event_participants table).

/** Employers that may take part in an event: the approved ones. */
export async function listParticipantChoices(db: Kysely<Database>) {
  return db
    .selectFrom("employers")
    .select(["id", "name"])
    .where("status", "=", "approved")
    .orderBy("name_kana")
    .execute();
}

/** Replaces the employers taking part; only approved employers are kept. */
export async function replaceParticipants(db: Kysely<Database>, eventId: number, employerIds: number[]) {
  await db.deleteFrom("event_participants").where("event_id", "=", eventId).execute();
  if (employerIds.length === 0) return;
  // Only approved employers can be listed; an id that is not one is dropped, not trusted.
  const allowed = await db
    .selectFrom("employers")
    .select("id")
    .where("id", "in", employerIds)
    .where("status", "=", "approved")
    .execute();
  if (allowed.length === 0) return;
  await db
    .insertInto("event_participants")
    .values(allowed.map((e) => ({ event_id: eventId, employer_id: e.id })))
    .execute();
}

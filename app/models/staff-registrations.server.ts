import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types";
import { now as clockNow } from "~/utils/clock";

// Registrations as staff see them (every view audited by the caller), and their reduction to
// anonymous rows after the retention period (the maintenance runner).

type Db = Kysely<Database> | Transaction<Database>;

/** Everyone registered for an event, for staff (the caller audits the view). */
export async function listRegistrationsForStaff(db: Db, eventId: number) {
  const rows = await db
    .selectFrom("event_registrations")
    .select([
      "id",
      "nickname",
      "contact_kind",
      "contact",
      "on_behalf_organisation",
      "on_behalf_phone",
      "status",
      "created_at",
      "moved_up_at",
      "cancelled_at",
      "purged_at",
    ])
    .where("event_id", "=", eventId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const choices = rows.length
    ? await db
        .selectFrom("registration_choices")
        .innerJoin("employers", "employers.id", "registration_choices.employer_id")
        .select(["registration_choices.registration_id", "registration_choices.rank", "employers.name"])
        .where(
          "registration_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("rank")
        .execute()
    : [];
  return rows.map((r) => ({ ...r, choices: choices.filter((c) => c.registration_id === r.id).map((c) => c.name) }));
}

/**
 * Reduces the registrations of events that ended `days` ago or more to anonymous rows:
 * nickname, contact, support worker's details and code go; status and choices stay, so the
 * counts do. Returns how many rows were reduced.
 */
export async function purgeOldRegistrations(db: Kysely<Database>, now = clockNow(), days = 90) {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
  const result = await db
    .updateTable("event_registrations")
    .set({
      nickname: "",
      contact_kind: "",
      contact: "",
      on_behalf_organisation: "",
      on_behalf_phone: "",
      code_hash: null,
      purged_at: now.toISOString(),
    })
    .where("purged_at", "is", null)
    .where("event_id", "in", (eb) => eb.selectFrom("events").select("id").where("ends_at", "<=", cutoff))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

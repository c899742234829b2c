import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { EmployerEventInput } from "~/schemas/employer";
import { nowIso } from "~/utils/dates";
import { recordAudit } from "./audit.server";
import type { EmployerActor } from "./employer-jobs.server";
import { employerItemWaitingMail } from "./mails.server";
import { enqueueForStaff } from "./outbox.server";
import { settleTexts } from "./search-text.server";

/** A wall-clock time in Asia/Tokyo as the UTC instant the database stores. */
function tokyoInstant(day: string, time: string) {
  return new Date(`${day}T${time}:00+09:00`).toISOString();
}

/** An employer proposes a seminar or workplace tour; it waits for staff before it is shown. */
export async function proposeEvent(db: Kysely<Database>, actor: EmployerActor, input: EmployerEventInput) {
  const result = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const event = await trx
      .insertInto("events")
      .values({
        kind: input.kind,
        title: input.title,
        description: input.description,
        starts_at: tokyoInstant(input.day, input.start_time),
        ends_at: tokyoInstant(input.day, input.end_time),
        venue: input.venue,
        address: input.address,
        capacity: input.capacity,
        what_to_bring: input.what_to_bring,
        how_to_join: input.how_to_join,
        organizer_employer_id: actor.employerId,
        status: "pending",
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, "event.propose", { type: "event", id: event.id });
    await enqueueForStaff(trx, (to) =>
      employerItemWaitingMail(to, { kind: "event", companyName: actor.companyName, title: input.title }, actor.staffLink),
    );
    return event.id;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

/** Events this employer organises or takes part in, soonest first. */
export async function listEmployerEvents(db: Kysely<Database>, employerId: number) {
  return db
    .selectFrom("events")
    .select(["id", "kind", "title", "starts_at", "ends_at", "venue", "status", "status_reason", "refused_at", "organizer_employer_id"])
    .where((eb) =>
      eb.or([
        eb("organizer_employer_id", "=", employerId),
        eb(
          "id",
          "in",
          eb.selectFrom("event_participants").select("event_id").where("employer_id", "=", employerId),
        ),
      ]),
    )
    .orderBy("starts_at", "desc")
    .limit(50)
    .execute();
}

/** The employer's own proposal, or nothing: another employer's is simply not found. */
export async function findOwnEvent(db: Kysely<Database>, employerId: number, id: number) {
  return db
    .selectFrom("events")
    .selectAll()
    .where("id", "=", id)
    .where("organizer_employer_id", "=", employerId)
    .executeTakeFirst();
}

/** Sent back (差し戻し) or still waiting: the employer may still correct or withdraw it. */
export function isOpenForEmployer(event: { status: string; refused_at: string | null }) {
  return event.status === "pending" || (event.status === "rejected" && event.refused_at === null);
}

/** A proposal corrected by its employer goes back to staff for review. */
export async function resubmitEvent(db: Kysely<Database>, actor: EmployerActor, id: number, input: EmployerEventInput) {
  const result = await db.transaction().execute(async (trx) => {
    const before = await findOwnEvent(trx, actor.employerId, id);
    if (!before || !isOpenForEmployer(before)) return null;
    await trx
      .updateTable("events")
      .set({
        kind: input.kind,
        title: input.title,
        description: input.description,
        starts_at: tokyoInstant(input.day, input.start_time),
        ends_at: tokyoInstant(input.day, input.end_time),
        venue: input.venue,
        address: input.address,
        capacity: input.capacity,
        what_to_bring: input.what_to_bring,
        how_to_join: input.how_to_join,
        status: "pending",
        status_reason: "",
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    // The reason it was sent back stays in the audit log, with the send-back itself.
    await recordAudit(trx, actor, "event.resubmit", { type: "event", id }, { previousReason: before.status_reason });
    await enqueueForStaff(trx, (to) =>
      employerItemWaitingMail(to, { kind: "event", companyName: actor.companyName, title: input.title }, actor.staffLink),
    );
    return id;
  });
  if (result !== null) await settleTexts(db);
  return result;
}

/** The employer takes back a proposal not yet decided, or sent back; it is never shown. */
export async function withdrawEvent(db: Kysely<Database>, actor: EmployerActor, id: number) {
  return db.transaction().execute(async (trx) => {
    const before = await findOwnEvent(trx, actor.employerId, id);
    if (!before || !isOpenForEmployer(before)) return null;
    await trx
      .updateTable("events")
      .set({ status: "cancelled", status_reason: "事業主が取り下げました", updated_at: nowIso() })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, "event.withdraw", { type: "event", id });
    return id;
  });
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { EmployerEventInput } from "~/schemas/employer";
import { nowIso } from "~/utils/dates";
import { recordAudit } from "./audit.server";
import type { EmployerActor } from "./employer-jobs.server";
import { employerItemWaitingMail } from "./mails.server";
import { enqueueForStaff } from "./outbox.server";
import { settleTexts } from "./search-text.server";
import { isEditableByEmployer, isWithdrawableByEmployer } from "./employer-event-state";

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

/**
 * Events this employer organises, and the city events it takes part in once staff have made
 * them public (a city draft is the city's own business). Soonest first.
 */
export async function listEmployerEvents(db: Kysely<Database>, employerId: number) {
  return db
    .selectFrom("events")
    .select(["id", "kind", "title", "starts_at", "ends_at", "venue", "status", "status_reason", "refused_at", "organizer_employer_id"])
    .where((eb) =>
      eb.or([
        eb("organizer_employer_id", "=", employerId),
        eb.and([
          eb("status", "in", ["published", "cancelled"]),
          eb("id", "in", eb.selectFrom("event_participants").select("event_id").where("employer_id", "=", employerId)),
        ]),
      ]),
    )
    .orderBy("starts_at")
    .orderBy("id")
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

/**
 * People have signed up for it, or other companies take part. Hiding such an event for a
 * review would leave them with a page that is gone, so its employer asks the city instead.
 */
export async function hasSignUps(db: Kysely<Database>, eventId: number) {
  const registered = await db
    .selectFrom("event_registrations")
    .select("id")
    .where("event_id", "=", eventId)
    .where("status", "!=", "cancelled")
    .executeTakeFirst();
  if (registered) return true;
  const taking = await db.selectFrom("event_participants").select("event_id").where("event_id", "=", eventId).executeTakeFirst();
  return taking !== undefined;
}

/** Whether its employer may correct it now (see isEditableByEmployer; public ones with sign-ups not). */
export async function canEditOwnEvent(db: Kysely<Database>, event: Parameters<typeof isEditableByEmployer>[0] & { id: number }) {
  if (!isEditableByEmployer(event, nowIso())) return false;
  return event.status !== "published" || !(await hasSignUps(db, event.id));
}

/**
 * The employer corrects its proposal and it goes to staff for review: one sent back or still
 * waiting, or one already public. Events keep no second, approved copy (as job postings do),
 * so a public one is hidden until staff approve it again; the page says so before saving.
 */
export async function resubmitEvent(db: Kysely<Database>, actor: EmployerActor, id: number, input: EmployerEventInput) {
  const result = await db.transaction().execute(async (trx) => {
    const before = await findOwnEvent(trx, actor.employerId, id);
    if (!before || !(await canEditOwnEvent(trx, before))) return null;
    const wasPublic = before.status === "published";
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
    if (wasPublic) {
      await recordAudit(trx, actor, "event.edit_published", { type: "event", id }, { previousTitle: before.title });
    } else {
      // The reason it was sent back stays in the audit log, with the send-back itself.
      await recordAudit(trx, actor, "event.resubmit", { type: "event", id }, { previousReason: before.status_reason });
    }
    await enqueueForStaff(trx, (to) =>
      employerItemWaitingMail(
        to,
        { kind: wasPublic ? "event_change" : "event", companyName: actor.companyName, title: input.title },
        actor.staffLink,
      ),
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
    if (!before || !isWithdrawableByEmployer(before, nowIso())) return null;
    await trx
      .updateTable("events")
      .set({ status: "cancelled", status_reason: "事業主が取り下げました", updated_at: nowIso() })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, "event.withdraw", { type: "event", id });
    return id;
  });
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { EventInput } from "~/schemas/event";
import { nowIso } from "~/utils/dates";
import { refusedMail } from "./review-mails.server";
import { recordAudit, type Actor } from "./audit.server";
import { replaceParticipants } from "./event-participants.server";
import { tokyoInstant } from "./events.server";
import { employerAddressee } from "./addressee.server";
import { eventDecisionMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";
import { settleTexts } from "./search-text.server";
import { mailEventCancelled, mailEventChanged, mailMovedUp, mailParticipantsAdded } from "./event-mails.server";
import { fillFreeSeats } from "./registrations.server";

// What staff do to an event: make a city event, change it, publish, reject or cancel it.
// Each change is one transaction with one audit entry.

function eventColumns(input: EventInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    starts_at: tokyoInstant(input.day, input.startTime),
    ends_at: tokyoInstant(input.day, input.endTime),
    venue: input.venue,
    address: input.address,
    capacity: input.capacity,
    how_to_join: input.howToJoin,
    what_to_bring: input.whatToBring,
    // The 協力雇用主制度セミナー is for employers: listed apart, with its own calendar feed.
    audience: input.kind === "employer_seminar" ? ("employer" as const) : ("seeker" as const),
    registration_mode: input.registrationMode,
    registration_deadline: input.registrationDeadline
      ? new Date(`${input.registrationDeadline}T23:59:59+09:00`).toISOString()
      : null,
    max_choices: input.registrationMode === "interviews" ? (input.maxChoices ?? 3) : input.maxChoices,
    waiting_list: input.waitingList ? (1 as const) : (0 as const),
    past_reason: input.pastReason,
  };
}

async function participantIds(db: Kysely<Database>, eventId: number) {
  const rows = await db.selectFrom("event_participants").select("employer_id").where("event_id", "=", eventId).execute();
  return rows.map((r) => r.employer_id);
}

/**
 * A city event, saved as a draft until staff publish it. One that has already ended is
 * recorded only with a reason (the route asks for it), under its own audit action.
 */
export async function createCityEvent(db: Kysely<Database>, actor: Actor, input: EventInput) {
  const result = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const past = eventColumns(input).starts_at < now;
    const event = await trx
      .insertInto("events")
      .values({ ...eventColumns(input), organizer_employer_id: null, status: "draft", created_at: now, updated_at: now })
      .returning(["id", "title"])
      .executeTakeFirstOrThrow();
    await replaceParticipants(trx, event.id, input.participantIds);
    await recordAudit(trx, actor, past ? "event.create_past" : "event.create", { type: "event", id: event.id }, {
      title: input.title,
      ...(past ? { reason: input.pastReason } : {}),
    });
    return event;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

export async function updateEvent(db: Kysely<Database>, actor: Actor, id: number, input: EventInput) {
  const result = await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
    if (!before) return null;
    const taking = await participantIds(trx, id);
    const updated = await trx
      .updateTable("events")
      .set({ ...eventColumns(input), updated_at: nowIso() })
      .where("id", "=", id)
      .returning(["id", "title", "starts_at", "ends_at", "venue", "address", "status", "capacity", "waiting_list"])
      .executeTakeFirst();
    if (!updated) return null;
    await replaceParticipants(trx, id, input.participantIds);
    await recordAudit(trx, actor, "event.update", { type: "event", id }, {
      title: input.title,
      registration: input.registrationMode,
      capacity: input.capacity,
    });
    // Told only of an event people can see: a draft changes freely.
    if (updated.status === "published") {
      const now = await participantIds(trx, id);
      const added = now.filter((e) => !taking.includes(e));
      await mailParticipantsAdded(trx, updated, added);
      const moved =
        before.starts_at !== updated.starts_at ||
        before.ends_at !== updated.ends_at ||
        before.venue !== updated.venue ||
        before.address !== updated.address;
      if (moved) await mailEventChanged(trx, updated, now.filter((e) => taking.includes(e)));
      // More seats: the waiting list moves up.
      await mailMovedUp(trx, updated, await fillFreeSeats(trx, updated));
    }
    return updated;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

/** draft, pending or rejected → published. A cancelled event is not brought back. */
export async function publishEvent(db: Kysely<Database>, actor: Actor, id: number) {
  const result = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("events")
      .set({ status: "published", status_reason: "", updated_at: nowIso() })
      .where("id", "=", id)
      .where("status", "in", ["draft", "pending", "rejected"])
      .returning(["id", "title", "organizer_employer_id"])
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "event.publish", { type: "event", id }, {});
    const full = await trx.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    await mailParticipantsAdded(trx, full, await participantIds(trx, id));
    if (updated.organizer_employer_id !== null) {
      await mailOrganizer(trx, updated.organizer_employer_id, updated.title, "approved", "");
    }
    return updated;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

/** An employer's proposal goes back to them with the reason they will read (差し戻し). */
export async function sendBackEvent(db: Kysely<Database>, actor: Actor, id: number, reason: string) {
  return decideAgainst(db, actor, id, reason, false);
}

/** An employer's proposal is refused for good (不承認): never public, with its own mail. */
export async function refuseEvent(db: Kysely<Database>, actor: Actor, id: number, reason: string) {
  return decideAgainst(db, actor, id, reason, true);
}

async function decideAgainst(db: Kysely<Database>, actor: Actor, id: number, reason: string, final: boolean) {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const updated = await trx
      .updateTable("events")
      .set({ status: "rejected", status_reason: reason, updated_at: now, refused_at: final ? now : null })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .returning(["id", "title", "organizer_employer_id"])
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, final ? "event.refuse" : "event.send_back", { type: "event", id }, { reason });
    if (updated.organizer_employer_id !== null) {
      await mailOrganizer(trx, updated.organizer_employer_id, updated.title, final ? "refused" : "rejected", reason);
    }
    return updated;
  });
}

/** A cancelled event stays on the schedule, marked 中止, with the reason. */
export async function cancelEvent(db: Kysely<Database>, actor: Actor, id: number, reason: string) {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("events")
      .set({ status: "cancelled", status_reason: reason, updated_at: nowIso() })
      .where("id", "=", id)
      .where("status", "=", "published")
      // A past event is a record, not something to call off.
      .where("ends_at", ">", nowIso())
      .returning(["id", "title", "starts_at", "ends_at", "venue", "address"])
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "event.cancel", { type: "event", id }, { reason });
    await mailEventCancelled(trx, updated, await participantIds(trx, id), reason);
    return updated;
  });
}

async function mailOrganizer(
  db: Kysely<Database>,
  employerId: number,
  title: string,
  decision: "approved" | "rejected" | "refused",
  reason: string,
) {
  const users = await db
    .selectFrom("users")
    .select("email")
    .where("employer_id", "=", employerId)
    .where("disabled_at", "is", null)
    .execute();
  const addressee = await employerAddressee(db, employerId);
  for (const { email } of users) {
    await enqueueMail(
      db,
      decision === "refused"
        ? refusedMail(email, "event", title, reason, addressee)
        : eventDecisionMail(email, title, decision, reason, addressee),
    );
  }
}

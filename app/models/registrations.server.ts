import { createHash, randomInt } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { ContactKind, Database, Event, RegistrationStatus } from "../../db/types";
import { now as clockNow } from "~/utils/clock";

// Registrations for an event (event_registrations, registration_choices). The code in the
// private link /registrations/:code is shown once and kept only as a hash. Seats: capacity
// (null = no limit); past it a person waits, and a cancel moves the first waiting person up.

type Db = Kysely<Database> | Transaction<Database>;

/** No 0/O, 1/I/L, so a code read out at a desk is typed right. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 12;

/** A new code, grouped by four for reading: "K7MQ-X9PR-4TZA" (about 59 bits). */
export function newRegistrationCode(): string {
  let raw = "";
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return raw.match(/.{4}/g)!.join("-");
}

/** The code as typed or linked → its canonical form (upper case, no spaces or hyphens). */
export function normaliseCode(code: string): string {
  return code.normalize("NFKC").toUpperCase().replace(/[\s\-ー－]/g, "");
}

export function hashCode(code: string): string {
  return createHash("sha256").update(normaliseCode(code)).digest("hex");
}

export type RegistrationInput = {
  nickname: string;
  contactKind: ContactKind;
  contact: string;
  onBehalfOrganisation: string;
  onBehalfPhone: string;
  /** Employer ids, first choice first (interviews only). */
  choices: number[];
};

type EventSeats = Pick<Event, "id" | "capacity" | "waiting_list">;

export async function countRegistrations(db: Db, eventId: number) {
  const rows = await db
    .selectFrom("event_registrations")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("event_id", "=", eventId)
    .groupBy("status")
    .execute();
  const counts: Record<RegistrationStatus, number> = { registered: 0, waiting: 0, cancelled: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

/** Seats left (null when the event has no capacity). */
export async function seatsLeft(db: Db, event: EventSeats): Promise<number | null> {
  if (event.capacity == null) return null;
  const { registered } = await countRegistrations(db, event.id);
  return Math.max(0, event.capacity - registered);
}

export type RegistrationOpenness =
  | "not_taken" // the event takes no registration
  | "open"
  | "waiting" // full, a new person joins the waiting list
  | "full" // full, no waiting list
  | "deadline_passed"
  | "closed"; // cancelled, not published, or already started

/** Whether a person can register now, and how. */
export function registrationOpenness(
  event: Pick<Event, "registration_mode" | "registration_deadline" | "status" | "starts_at" | "capacity" | "waiting_list">,
  seats: number | null,
  now = clockNow(),
): RegistrationOpenness {
  if (event.registration_mode === "none") return "not_taken";
  if (event.status !== "published" || event.starts_at <= now.toISOString()) return "closed";
  if (event.registration_deadline && event.registration_deadline < now.toISOString()) return "deadline_passed";
  if (seats === 0) return event.waiting_list ? "waiting" : "full";
  return "open";
}

async function writeChoices(db: Db, registrationId: number, choices: number[]) {
  await db.deleteFrom("registration_choices").where("registration_id", "=", registrationId).execute();
  if (choices.length === 0) return;
  await db
    .insertInto("registration_choices")
    .values(choices.map((employerId, i) => ({ registration_id: registrationId, employer_id: employerId, rank: i + 1 })))
    .execute();
}

/**
 * Registers a person. Inside one transaction, so two people cannot take the last seat.
 * Returns null when the event is full with no waiting list. The caller checks the rest
 * (mode, deadline, that the choices are taking-part employers).
 */
export async function createRegistration(db: Kysely<Database>, event: EventSeats, input: RegistrationInput, now = clockNow()) {
  return db.transaction().execute(async (trx) => {
    const seats = await seatsLeft(trx, event);
    const status: RegistrationStatus = seats === 0 ? "waiting" : "registered";
    if (status === "waiting" && !event.waiting_list) return null;
    const code = newRegistrationCode();
    const at = now.toISOString();
    const row = await trx
      .insertInto("event_registrations")
      .values({
        event_id: event.id,
        code_hash: hashCode(code),
        nickname: input.nickname,
        contact_kind: input.contactKind,
        contact: input.contact,
        on_behalf_organisation: input.onBehalfOrganisation,
        on_behalf_phone: input.onBehalfPhone,
        status,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeChoices(trx, row.id, input.choices);
    return { id: row.id, code, status };
  });
}

/** A registration by the code in its private link (purged ones have none). */
export async function findRegistrationByCode(db: Db, code: string) {
  const normalised = normaliseCode(code);
  if (normalised.length !== CODE_LENGTH) return null;
  const row = await db
    .selectFrom("event_registrations")
    .selectAll()
    .where("code_hash", "=", hashCode(normalised))
    .executeTakeFirst();
  if (!row) return null;
  return { ...row, choices: await listChoices(db, row.id) };
}

export async function listChoices(db: Db, registrationId: number) {
  return db
    .selectFrom("registration_choices")
    .innerJoin("employers", "employers.id", "registration_choices.employer_id")
    .select(["registration_choices.rank", "employers.id as employer_id", "employers.name"])
    .where("registration_id", "=", registrationId)
    .orderBy("rank")
    .execute();
}

/** Changes what the person gave; status and place in the list stay. */
export async function updateRegistration(db: Kysely<Database>, id: number, input: RegistrationInput, now = clockNow()) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("event_registrations")
      .set({
        nickname: input.nickname,
        contact_kind: input.contactKind,
        contact: input.contact,
        on_behalf_organisation: input.onBehalfOrganisation,
        on_behalf_phone: input.onBehalfPhone,
        updated_at: now.toISOString(),
      })
      .where("id", "=", id)
      .where("status", "!=", "cancelled")
      .execute();
    await writeChoices(trx, id, input.choices);
  });
}

export type MovedUp = { id: number; nickname: string; contactKind: ContactKind | ""; contact: string };

/**
 * Moves waiting people up, oldest first, while seats are free. Returns who moved, so the
 * caller can tell them. Also used when staff raise the capacity.
 */
export async function fillFreeSeats(db: Db, event: EventSeats, now = clockNow()): Promise<MovedUp[]> {
  const free = await seatsLeft(db, event);
  if (free === 0) return [];
  let waiting = db
    .selectFrom("event_registrations")
    .select(["id", "nickname", "contact_kind", "contact"])
    .where("event_id", "=", event.id)
    .where("status", "=", "waiting")
    .orderBy("created_at")
    .orderBy("id");
  if (free != null) waiting = waiting.limit(free);
  const rows = await waiting.execute();
  const at = now.toISOString();
  for (const row of rows) {
    await db
      .updateTable("event_registrations")
      .set({ status: "registered", moved_up_at: at, updated_at: at })
      .where("id", "=", row.id)
      .execute();
  }
  return rows.map((r) => ({ id: r.id, nickname: r.nickname, contactKind: r.contact_kind, contact: r.contact }));
}

/**
 * Cancels a registration and moves the waiting list up, in one transaction (with `tell`, which
 * writes the mails to who moved up). Returns who moved up (empty when nobody), or null when
 * the registration was already cancelled.
 */
export async function cancelRegistration(
  db: Kysely<Database>,
  id: number,
  event: EventSeats,
  now = clockNow(),
  tell?: (trx: Transaction<Database>, moved: MovedUp[]) => Promise<void>,
) {
  return db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const result = await trx
      .updateTable("event_registrations")
      .set({ status: "cancelled", cancelled_at: at, updated_at: at })
      .where("id", "=", id)
      .where("status", "!=", "cancelled")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return null;
    const moved = await fillFreeSeats(trx, event, now);
    if (tell) await tell(trx, moved);
    return moved;
  });
}

/** Position on the waiting list (1 = next to move up), or null when not waiting. */
export async function waitingPosition(db: Db, registration: { id: number; event_id: number; status: string; created_at: string }) {
  if (registration.status !== "waiting") return null;
  const row = await db
    .selectFrom("event_registrations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("event_id", "=", registration.event_id)
    .where("status", "=", "waiting")
    .where((eb) =>
      eb.or([
        eb("created_at", "<", registration.created_at),
        eb.and([eb("created_at", "=", registration.created_at), eb("id", "<=", registration.id)]),
      ]),
    )
    .executeTakeFirst();
  return Number(row?.n ?? 1);
}

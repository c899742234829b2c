import ical, { ICalEventStatus } from "ical-generator";
import type { Kysely } from "kysely";
import type { Database, Event, EventKind, EventStatus } from "../../db/types";
import type { EventInput } from "~/schemas/event";
import { nowIso, tokyoDay, formatTime } from "~/utils/dates";
import { calendarText, escapedCalendarText } from "~/utils/ics-text";
import { EVENT_KINDS } from "~/utils/labels";
import { recordAudit, type Actor } from "./audit.server";
import { eventDecisionMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";

/** Wall-clock day and time in Kumamoto → the UTC instant the database keeps. */
export function tokyoInstant(day: string, time: string): string {
  return new Date(`${day}T${time}:00+09:00`).toISOString();
}

/**
 * What the public schedule shows: published and cancelled events (a cancelled one stays
 * visible, marked 中止) whose organiser, if an employer, is still approved.
 */
function publicEventsQuery(db: Kysely<Database>) {
  return db
    .selectFrom("events")
    .leftJoin("employers as organizer", "organizer.id", "events.organizer_employer_id")
    .where("events.status", "in", ["published", "cancelled"])
    .where((eb) =>
      eb.or([eb("events.organizer_employer_id", "is", null), eb("organizer.status", "=", "approved")]),
    );
}

const LIST_COLUMNS = [
  "events.id",
  "events.kind",
  "events.title",
  "events.starts_at",
  "events.ends_at",
  "events.venue",
  "events.status",
  "organizer.name as organizer_name",
] as const;

export async function listPublicEvents(
  db: Kysely<Database>,
  { kind, now = new Date() }: { kind?: EventKind; now?: Date } = {},
) {
  const at = now.toISOString();
  let upcoming = publicEventsQuery(db).select(LIST_COLUMNS).where("events.ends_at", ">=", at);
  let past = publicEventsQuery(db).select(LIST_COLUMNS).where("events.ends_at", "<", at);
  if (kind) {
    upcoming = upcoming.where("events.kind", "=", kind);
    past = past.where("events.kind", "=", kind);
  }
  return {
    upcoming: await upcoming.orderBy("events.starts_at").orderBy("events.id").execute(),
    past: await past.orderBy("events.starts_at", "desc").limit(100).execute(),
  };
}

/** Everything on the public schedule, for /events.ics. */
export async function listCalendarEvents(db: Kysely<Database>) {
  return publicEventsQuery(db)
    .selectAll("events")
    .orderBy("events.starts_at")
    .execute();
}

export async function findPublicEvent(db: Kysely<Database>, id: number) {
  const event = await publicEventsQuery(db)
    .selectAll("events")
    .select("organizer.name as organizer_name")
    .where("events.id", "=", id)
    .executeTakeFirst();
  if (!event) return null;
  const participants = await db
    .selectFrom("event_participants")
    .innerJoin("employers", "employers.id", "event_participants.employer_id")
    .select(["employers.id", "employers.name", "employers.industry"])
    .where("event_participants.event_id", "=", id)
    .where("employers.status", "=", "approved")
    .orderBy("employers.name_kana")
    .execute();
  return { ...event, participants };
}

/** Groups events by their month in Kumamoto ("2026-12"), keeping the order given. */
export function groupByMonth<T extends { starts_at: string }>(events: T[]) {
  const groups: { month: string; events: T[] }[] = [];
  for (const event of events) {
    const month = tokyoDay(event.starts_at).slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

// ---------------------------------------------------------------------------------------
// staff

export async function listStaffEvents(db: Kysely<Database>, { status }: { status?: EventStatus } = {}) {
  let q = db
    .selectFrom("events")
    .leftJoin("employers as organizer", "organizer.id", "events.organizer_employer_id")
    .select([...LIST_COLUMNS, "events.capacity"])
    .select((eb) =>
      eb
        .selectFrom("event_participants")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("event_participants.event_id", "=", "events.id")
        .as("participant_count"),
    )
    .orderBy("events.starts_at", "desc")
    .limit(300);
  if (status) q = q.where("events.status", "=", status);
  return q.execute();
}

export async function findEventForStaff(db: Kysely<Database>, id: number) {
  const event = await db
    .selectFrom("events")
    .leftJoin("employers as organizer", "organizer.id", "events.organizer_employer_id")
    .selectAll("events")
    .select("organizer.name as organizer_name")
    .where("events.id", "=", id)
    .executeTakeFirst();
  if (!event) return null;
  const participants = await db
    .selectFrom("event_participants")
    .select("employer_id")
    .where("event_id", "=", id)
    .execute();
  return { ...event, participantIds: participants.map((p) => p.employer_id) };
}

/** The form's values for an existing event. */
export function eventToFormValues(event: {
  kind: EventKind;
  title: string;
  description: string;
  starts_at: string;
  ends_at: string;
  venue: string;
  address: string;
  capacity: number | null;
  how_to_join: string;
  what_to_bring: string;
  participantIds: number[];
}) {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    day: tokyoDay(event.starts_at),
    startTime: formatTime(event.starts_at),
    endTime: formatTime(event.ends_at),
    venue: event.venue,
    address: event.address,
    capacity: event.capacity === null ? "" : String(event.capacity),
    howToJoin: event.how_to_join,
    whatToBring: event.what_to_bring,
    participantIds: event.participantIds.map(String),
  };
}

/** Employers that may take part in an event: the approved ones. */
export async function listParticipantChoices(db: Kysely<Database>) {
  return db
    .selectFrom("employers")
    .select(["id", "name"])
    .where("status", "=", "approved")
    .orderBy("name_kana")
    .execute();
}

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
  };
}

async function replaceParticipants(db: Kysely<Database>, eventId: number, employerIds: number[]) {
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

/** A city event, saved as a draft until staff publish it. */
export async function createCityEvent(db: Kysely<Database>, actor: Actor, input: EventInput) {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const event = await trx
      .insertInto("events")
      .values({ ...eventColumns(input), organizer_employer_id: null, status: "draft", created_at: now, updated_at: now })
      .returning(["id", "title"])
      .executeTakeFirstOrThrow();
    await replaceParticipants(trx, event.id, input.participantIds);
    await recordAudit(trx, actor, "event.create", { type: "event", id: event.id }, { title: input.title });
    return event;
  });
}

export async function updateEvent(db: Kysely<Database>, actor: Actor, id: number, input: EventInput) {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("events")
      .set({ ...eventColumns(input), updated_at: nowIso() })
      .where("id", "=", id)
      .returning(["id", "title"])
      .executeTakeFirst();
    if (!updated) return null;
    await replaceParticipants(trx, id, input.participantIds);
    await recordAudit(trx, actor, "event.update", { type: "event", id }, { title: input.title });
    return updated;
  });
}

/** draft, pending or rejected → published. A cancelled event is not brought back. */
export async function publishEvent(db: Kysely<Database>, actor: Actor, id: number) {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("events")
      .set({ status: "published", status_reason: "", updated_at: nowIso() })
      .where("id", "=", id)
      .where("status", "in", ["draft", "pending", "rejected"])
      .returning(["id", "title", "organizer_employer_id"])
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "event.publish", { type: "event", id }, {});
    if (updated.organizer_employer_id !== null) {
      await mailOrganizer(trx, updated.organizer_employer_id, updated.title, "approved", "");
    }
    return updated;
  });
}

/** An employer's proposal goes back to them with the reason they will read. */
export async function rejectEvent(db: Kysely<Database>, actor: Actor, id: number, reason: string) {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("events")
      .set({ status: "rejected", status_reason: reason, updated_at: nowIso() })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .returning(["id", "title", "organizer_employer_id"])
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "event.reject", { type: "event", id }, { reason });
    if (updated.organizer_employer_id !== null) {
      await mailOrganizer(trx, updated.organizer_employer_id, updated.title, "rejected", reason);
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
      .returning(["id", "title"])
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "event.cancel", { type: "event", id }, { reason });
    return updated;
  });
}

export async function listPendingEvents(db: Kysely<Database>) {
  return db
    .selectFrom("events")
    .innerJoin("employers", "employers.id", "events.organizer_employer_id")
    .selectAll("events")
    .select("employers.name as organizer_name")
    .where("events.status", "=", "pending")
    .orderBy("events.updated_at")
    .execute();
}

async function mailOrganizer(
  db: Kysely<Database>,
  employerId: number,
  title: string,
  decision: "approved" | "rejected",
  reason: string,
) {
  const users = await db
    .selectFrom("users")
    .select("email")
    .where("employer_id", "=", employerId)
    .where("disabled_at", "is", null)
    .execute();
  for (const { email } of users) await enqueueMail(db, eventDecisionMail(email, title, decision, reason));
}

// ---------------------------------------------------------------------------------------
// iCalendar

const TZID = "Asia/Tokyo";
// Japan has had no daylight saving since 1951, so one fixed rule describes the zone.
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0900",
  "TZOFFSETTO:+0900",
  "TZNAME:JST",
  "END:STANDARD",
  "END:VTIMEZONE",
  "",
].join("\r\n");

/**
 * ical-generator writes a plain Date in a named zone using the Date's local fields, so the
 * Kumamoto wall-clock time is handed over as a local Date (whatever zone the server runs in).
 */
function tokyoWallClock(iso: string): Date {
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone: TZID,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  const p = Object.fromEntries(f.formatToParts(new Date(iso)).map((x) => [x.type, Number(x.value)]));
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

type CalendarEvent = Pick<
  Event,
  "id" | "kind" | "title" | "description" | "starts_at" | "ends_at" | "venue" | "address" | "how_to_join" | "status" | "status_reason" | "updated_at" | "sequence"
>;

/**
 * One calendar for one event or the whole schedule. UIDs are event-<id>@<host>, so a
 * calendar that subscribed to /events.ics updates an event instead of duplicating it, and a
 * cancelled event arrives as STATUS:CANCELLED.
 */
export function buildCalendar(events: CalendarEvent[], origin: string, name = "熊本市 説明会・セミナー"): string {
  const host = new URL(origin).hostname;
  // No calendar-wide zone: the library would then write DTSTAMP without its UTC "Z".
  const calendar = ical({ name: escapedCalendarText(name), prodId: { company: "Kumamoto City", product: "kyoryoku-jobs", language: "JA" } });
  calendar.x("X-WR-TIMEZONE", TZID);
  for (const event of events) {
    const cancelled = event.status === "cancelled";
    calendar.createEvent({
      id: `event-${event.id}@${host}`,
      timezone: TZID,
      start: tokyoWallClock(event.starts_at),
      end: tokyoWallClock(event.ends_at),
      stamp: new Date(event.updated_at),
      lastModified: new Date(event.updated_at),
      // Calendars take the highest SEQUENCE as the current version of an event.
      sequence: event.sequence,
      summary: `${cancelled ? "【中止】" : ""}${calendarText(event.title)}（${EVENT_KINDS[event.kind]}）`,
      description: [
        cancelled ? `中止になりました。${calendarText(event.status_reason)}` : "",
        calendarText(event.description),
        event.how_to_join ? `申し込み: ${calendarText(event.how_to_join)}` : "",
        `${origin}/events/${event.id}`,
      ]
        .filter(Boolean)
        .join("\n\n"),
      location: calendarText(`${event.venue} ${event.address}`),
      url: `${origin}/events/${event.id}`,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  const text = calendar.toString();
  // Every TZID used must be defined in the file (RFC 5545 3.6.5).
  // Matched as a whole line: the same words inside an escaped title are not a component.
  return events.length ? text.replace("\r\nBEGIN:VEVENT\r\n", `\r\n${VTIMEZONE}BEGIN:VEVENT\r\n`) : text;
}

export function calendarResponse(body: string, filename: string) {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}

import type { Kysely } from "kysely";
import type { Database, EventAudience, EventKind, EventStatus } from "../../db/types";
import { tokyoDay, formatTime } from "~/utils/dates";
import { now as clockNow } from "~/utils/clock";

// Reading events: the public schedule and the staff lists. Staff changes to an event:
// staff-events.server.ts; who takes part: event-participants.server.ts; calendar files:
// events-calendar.server.ts.

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

/**
 * One audience's schedule: the seekers' on /events, the employers' (協力雇用主制度セミナー)
 * on /for-employers. The two lists never mix.
 */
export async function listPublicEvents(
  db: Kysely<Database>,
  { kind, audience = "seeker", now = clockNow() }: { kind?: EventKind; audience?: EventAudience; now?: Date } = {},
) {
  const at = now.toISOString();
  const base = () => publicEventsQuery(db).select(LIST_COLUMNS).where("events.audience", "=", audience);
  let upcoming = base().where("events.ends_at", ">=", at);
  let past = base().where("events.ends_at", "<", at);
  if (kind) {
    upcoming = upcoming.where("events.kind", "=", kind);
    past = past.where("events.kind", "=", kind);
  }
  return {
    upcoming: await upcoming.orderBy("events.starts_at").orderBy("events.id").execute(),
    past: await past.orderBy("events.starts_at", "desc").limit(100).execute(),
  };
}

/**
 * One audience's calendar feed: /events.ics for seekers, /for-employers/events.ics for
 * employers (the one never carries the other's events).
 */
export async function listCalendarEvents(db: Kysely<Database>, audience: EventAudience = "seeker") {
  return publicEventsQuery(db)
    .selectAll("events")
    .where("events.audience", "=", audience)
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
    .select([...LIST_COLUMNS, "events.capacity", "events.refused_at"])
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
  registration_mode: "none" | "registration" | "interviews";
  registration_deadline: string | null;
  max_choices: number | null;
  waiting_list: 0 | 1;
  past_reason: string;
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
    registrationMode: event.registration_mode,
    registrationDeadline: event.registration_deadline ? tokyoDay(event.registration_deadline) : "",
    maxChoices: event.max_choices === null ? "" : String(event.max_choices),
    waitingList: event.waiting_list ? "on" : "",
    pastReason: event.past_reason,
  };
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

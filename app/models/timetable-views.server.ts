import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { tokyoDay } from "~/utils/dates";
import { findTimetable } from "./timetable.server";
import { listEmployerInterviews, listPersonInterviews } from "./timetable-people.server";
import { minuteText, slotText } from "./timetable-text";

// What a person and an employer see of a timetable, and only once staff have published it.

export type TimeOfInterview = {
  id: number;
  time: string;
  table: number;
  /** ISO instants, for a calendar file. */
  startsAt: string;
  endsAt: string;
};

function instant(day: string, minute: number) {
  return new Date(`${day}T${minuteText(minute)}:00+09:00`).toISOString();
}

async function published(db: Kysely<Database>, eventId: number) {
  const timetable = await findTimetable(db, eventId);
  if (!timetable?.publishedAt) return null;
  const event = await db.selectFrom("events").select("starts_at").where("id", "=", eventId).executeTakeFirst();
  return event ? { timetable, day: tokyoDay(event.starts_at) } : null;
}

/** A person's interviews (with whom), or null when the timetable is not published. */
export async function publishedPersonTimes(db: Kysely<Database>, eventId: number, registrationId: number) {
  const found = await published(db, eventId);
  if (!found) return null;
  const rows = (await listPersonInterviews(db, registrationId)).filter((r) => r.event_id === eventId);
  return rows.flatMap((r) => {
    const slot = found.timetable.slots[r.slot];
    if (!slot) return [];
    return [
      {
        id: r.id,
        time: slotText(slot),
        table: r.table_no,
        employerName: r.employer_name,
        startsAt: instant(found.day, slot.startMinute),
        endsAt: instant(found.day, slot.endMinute),
      },
    ];
  });
}

/** An employer's own interviews, by nickname, or null when the timetable is not published. */
export async function publishedEmployerTimes(db: Kysely<Database>, eventId: number, employerId: number) {
  const found = await published(db, eventId);
  if (!found) return null;
  const rows = await listEmployerInterviews(db, eventId, employerId);
  return rows.flatMap((r) => {
    const slot = found.timetable.slots[r.slot];
    if (!slot) return [];
    return [{ id: r.id, time: slotText(slot), table: r.table_no, nickname: r.nickname ?? "" }];
  });
}

/** A public event the employer takes part in (not its own proposal), or null. */
export async function findEventTakingPart(db: Kysely<Database>, employerId: number, eventId: number) {
  return db
    .selectFrom("events")
    .innerJoin("event_participants as p", "p.event_id", "events.id")
    .selectAll("events")
    .where("events.id", "=", eventId)
    .where("p.employer_id", "=", employerId)
    .where("events.status", "in", ["published", "cancelled"])
    .executeTakeFirst();
}

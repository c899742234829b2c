import ical, { ICalEventStatus } from "ical-generator";
import type { Event } from "../../db/types";
import { calendarText, escapedCalendarText } from "~/utils/ics-text";
import { EVENT_KINDS } from "~/utils/labels";

// The schedule as iCalendar files (/events.ics and /events/:id.ics).

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
> & {
  /** A part of an event with its own time (a person's interview): its own UID and title. */
  part?: { uid: string; summary: string };
};

/** The title, with the kind after it only when the title does not already say it. */
export function calendarTitle(event: Pick<Event, "title" | "kind">): string {
  const kind = EVENT_KINDS[event.kind];
  const title = calendarText(event.title);
  return event.title.includes(kind) ? title : `${title}（${kind}）`;
}

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
      id: event.part ? `${event.part.uid}@${host}` : `event-${event.id}@${host}`,
      timezone: TZID,
      start: tokyoWallClock(event.starts_at),
      end: tokyoWallClock(event.ends_at),
      stamp: new Date(event.updated_at),
      lastModified: new Date(event.updated_at),
      // Calendars take the highest SEQUENCE as the current version of an event.
      sequence: event.sequence,
      summary: `${cancelled ? "【中止】" : ""}${event.part ? calendarText(event.part.summary) : calendarTitle(event)}`,
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

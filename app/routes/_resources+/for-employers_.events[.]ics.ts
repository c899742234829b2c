import { listCalendarEvents } from "~/models/events.server";
import { buildCalendar, calendarResponse } from "~/models/events-calendar.server";
import { db } from "~/utils/db.server";
import { publicOrigin } from "~/utils/origin.server";

/**
 * The events for employers (協力雇用主制度セミナー) as their own calendar to subscribe to:
 * /events.ics is the seekers' schedule and never carries them.
 */
export async function loader() {
  const events = await listCalendarEvents(db, "employer");
  return calendarResponse(
    buildCalendar(events, publicOrigin(), "熊本市 事業主の方のためのセミナー"),
    "kumamoto-employer-seminars.ics",
  );
}

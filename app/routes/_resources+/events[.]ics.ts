import { listCalendarEvents } from "~/models/events.server";
import { buildCalendar, calendarResponse } from "~/models/events-calendar.server";
import { db } from "~/utils/db.server";
import { publicOrigin } from "~/utils/origin.server";

/** The whole public schedule as one calendar to subscribe to (/events.ics). */
export async function loader() {
  const events = await listCalendarEvents(db);
  return calendarResponse(buildCalendar(events, publicOrigin()), "kumamoto-events.ics");
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { findPublicEvent } from "~/models/events.server";
import { buildCalendar, calendarResponse } from "~/models/events-calendar.server";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";

/** One event for a phone's calendar: /events/:id.ics */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const event = assertFound(await findPublicEvent(db, id));
  return calendarResponse(buildCalendar([event], publicOrigin(), event.title), `event-${id}.ics`);
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { findPublicEvent } from "~/models/events.server";
import { buildCalendar, calendarResponse } from "~/models/events-calendar.server";
import { findRegistrationByCode } from "~/models/registrations.server";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";

/** The person's own times for their calendar: /registrations/:code.ics (the event's time for now). */
export async function loader({ params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  if (code.length > 40) notFound();
  const registration = assertFound(await findRegistrationByCode(db, code));
  if (registration.status === "cancelled") notFound();
  const event = assertFound(await findPublicEvent(db, registration.event_id));
  const response = calendarResponse(buildCalendar([event], publicOrigin(), event.title), `registration-${event.id}.ics`);
  // Private: the file is the person's, not a page to keep in a shared cache.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

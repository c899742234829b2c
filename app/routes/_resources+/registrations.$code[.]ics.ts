import type { LoaderFunctionArgs } from "@remix-run/node";
import { findPublicEvent } from "~/models/events.server";
import { buildCalendar, calendarResponse } from "~/models/events-calendar.server";
import { findRegistrationByCode } from "~/models/registrations.server";
import { publishedPersonTimes } from "~/models/timetable-views.server";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";

/**
 * The person's own times for their calendar: /registrations/:code.ics: the event, and once
 * the timetable is published, each of their interviews.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const code = params.code ?? "";
  if (code.length > 40) notFound();
  const registration = assertFound(await findRegistrationByCode(db, code));
  if (registration.status === "cancelled") notFound();
  const event = assertFound(await findPublicEvent(db, registration.event_id));
  const times = registration.status === "registered" ? await publishedPersonTimes(db, event.id, registration.id) : null;
  const interviews = (times ?? []).map((t) => ({
    ...event,
    starts_at: t.startsAt,
    ends_at: t.endsAt,
    part: { uid: `interview-${t.id}`, summary: `面談 ${t.employerName}（テーブル ${t.table}）` },
  }));
  const response = calendarResponse(buildCalendar([event, ...interviews], publicOrigin(), event.title), `registration-${event.id}.ics`);
  // Private: the file is the person's, not a page to keep in a shared cache.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

import { Link } from "@remix-run/react";
import { EMPLOYER_EVENT_STATES, type EmployerEventItem } from "~/models/employer-event-state";
import { formatDateTime, formatTime } from "~/utils/dates";
import { EVENT_KINDS } from "~/utils/labels";

// The employer's seminars, tours and the city events it takes part in: on its own list page
// and on the dashboard. Each opens the event's page.

export function EmployerEventList({ events, label }: { events: EmployerEventItem[]; label: string }) {
  return (
    <ul className="status-list" aria-label={label}>
      {events.map((event) => (
        <li key={event.id}>
          <Link to={`/employer/events/${event.id}`} className="job-link">
            {event.title}
          </Link>
          <p className="job-meta">
            <span>{EVENT_KINDS[event.kind]}</span>
            <span>
              {formatDateTime(event.startsAt)}〜{formatTime(event.endsAt)}
            </span>
            <span>{event.venue}</span>
            <span className={`status status-${event.state}`}>{EMPLOYER_EVENT_STATES[event.state]}</span>
            {event.own ? null : <span>市の催しに参加</span>}
          </p>
          {event.reason ? (
            <p className="reason">
              <strong>{event.state === "refused" ? "不承認（市の最終の決定）の理由:" : "差し戻しの理由:"}</strong>{" "}
              <span className="prose">{event.reason}</span>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

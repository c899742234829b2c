import { Link } from "@remix-run/react";
import type { EventKind, EventStatus } from "../../db/types";
import { formatDate, formatTime } from "~/utils/dates";
import { EVENT_KINDS } from "~/utils/labels";

export type EventCardData = {
  id: number;
  kind: EventKind;
  title: string;
  starts_at: string;
  ends_at: string;
  venue: string;
  status: EventStatus;
  organizer_name: string | null;
};

/** 2026年12月3日(木) 13:30〜16:00 */
export function eventTimeText(event: { starts_at: string; ends_at: string }) {
  return `${formatDate(event.starts_at)} ${formatTime(event.starts_at)}〜${formatTime(event.ends_at)}`;
}

export function CancelledMark() {
  return <span className="cancelled-mark">中止</span>;
}

/** 終了: the event has taken place (the caller decides, with the server's clock). */
export function EndedMark() {
  return <span className="ended-mark">終了</span>;
}

export function EventCard({ event, ended = false }: { event: EventCardData; ended?: boolean }) {
  const cancelled = event.status === "cancelled";
  return (
    <article className={cancelled ? "event-card cancelled" : "event-card"}>
      <p className="event-kind">{EVENT_KINDS[event.kind]}</p>
      <h3>
        {cancelled ? <CancelledMark /> : ended ? <EndedMark /> : null}
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h3>
      <p className="event-when">{eventTimeText(event)}</p>
      <p className="event-where">
        会場: {event.venue}
        {event.organizer_name ? <> ・主催: {event.organizer_name}</> : null}
      </p>
    </article>
  );
}

import { Link } from "@remix-run/react";
import type { EventKind, EventStatus } from "../../db/types";
import { Ruby } from "~/components/ruby-text";
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

export const CANCELLED = "中止";
export const ENDED = "終了";
const VENUE = "会場";
const ORGANIZER = "主催";

export function CancelledMark() {
  return (
    <span className="cancelled-mark">
      <Ruby text={CANCELLED} />
    </span>
  );
}

/** Every text of EventCard that goes through <Ruby> (the date and time stay as they are). */
export function eventCardTexts(events: EventCardData[]): string[] {
  const texts = new Set<string>([CANCELLED, ENDED, VENUE, ORGANIZER]);
  for (const event of events) {
    texts.add(EVENT_KINDS[event.kind]);
    texts.add(event.title);
    texts.add(event.venue);
    if (event.organizer_name) texts.add(event.organizer_name);
  }
  return [...texts];
}

/** 終了: the event has taken place (the caller decides, with the server's clock). */
export function EndedMark() {
  return (
    <span className="ended-mark">
      <Ruby text={ENDED} />
    </span>
  );
}

export function EventCard({ event, ended = false }: { event: EventCardData; ended?: boolean }) {
  const cancelled = event.status === "cancelled";
  return (
    <article className={cancelled ? "event-card cancelled" : "event-card"}>
      <p className="event-kind">
        <Ruby text={EVENT_KINDS[event.kind]} />
      </p>
      <h3>
        {cancelled ? <CancelledMark /> : ended ? <EndedMark /> : null}
        <Link to={`/events/${event.id}`}>
          <Ruby text={event.title} />
        </Link>
      </h3>
      <p className="event-when">{eventTimeText(event)}</p>
      <p className="event-where">
        <Ruby text={VENUE} />: <Ruby text={event.venue} />
        {event.organizer_name ? (
          <>
            {" "}
            ・<Ruby text={ORGANIZER} />: <Ruby text={event.organizer_name} />
          </>
        ) : null}
      </p>
    </article>
  );
}

import { EventCard, type EventCardData } from "~/components/event-card";
import { Ruby } from "~/components/ruby-text";

const TEXTS = {
  title: "事業主の方のためのセミナー",
  past: "これまでのセミナー（新しいものから",
  // The unit after the count keeps the bracket it always had (one text, as without readings).
  count: "件）",
} as const;

/** The section's heading and summary, for the readings of the page that shows it. */
export const EMPLOYER_EVENTS_TEXTS: readonly string[] = Object.values(TEXTS);

/**
 * The events for employers (協力雇用主制度セミナー) on /for-employers: an employer looks for
 * them with the rest of what concerns them, and the seekers' /events stays their own list.
 */
export function EmployerEventsSection({ upcoming, past }: { upcoming: EventCardData[]; past: EventCardData[] }) {
  return (
    <section aria-labelledby="events">
      <h2 id="events">
        <Ruby text={TEXTS.title} />
      </h2>
      <p>
        協力雇用主の制度や、雇うときの支援を説明するセミナー（協力雇用主制度セミナー）です。
      </p>
      {upcoming.length === 0 ? (
        <p className="notice">いま決まっているセミナーはありません。</p>
      ) : (
        <div className="event-list">
          {upcoming.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </div>
      )}
      <p className="event-links">
        <a href="/for-employers/events.ics" download>
          事業主の方のためのセミナーをカレンダーに入れる（スマホやパソコンの予定表へ）
        </a>
      </p>
      {past.length > 0 ? (
        <details>
          <summary>
            <Ruby text={TEXTS.past} />
            {past.length}
            <Ruby text={TEXTS.count} />
          </summary>
          <div className="event-list">
            {past.map((event) => (
              <EventCard key={event.id} event={event} ended />
            ))}
          </div>
        </details>
      ) : null}
    </section>
  );
}

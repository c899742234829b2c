import { EventCard, type EventCardData } from "~/components/event-card";

/**
 * The events for employers (協力雇用主制度セミナー) on /for-employers: an employer looks for
 * them with the rest of what concerns them, and the seekers' /events stays their own list.
 */
export function EmployerEventsSection({ upcoming, past }: { upcoming: EventCardData[]; past: EventCardData[] }) {
  return (
    <section aria-labelledby="events">
      <h2 id="events">事業主の方のためのセミナー</h2>
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
          <summary>これまでのセミナー（新しいものから{past.length}件）</summary>
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

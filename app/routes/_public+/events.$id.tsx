import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CancelledMark, eventTimeText } from "~/components/event-card";
import { findPublicEvent } from "~/models/events.server";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { EVENT_KINDS, INDUSTRIES } from "~/utils/labels";
import eventStyles from "~/styles/events.css?url";
import { now as clockNow } from "~/utils/clock";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: eventStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.event.title} | 説明会・セミナー | 熊本市 協力雇用主 求人サイト` : "説明会・セミナー" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const event = assertFound(await findPublicEvent(db, id));
  return { event, past: new Date(event.ends_at) < clockNow() };
}

/** A plain link to a map search: nothing from the map site loads on this page. */
function mapLink(address: string) {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}

export default function EventPage() {
  const { event, past } = useLoaderData<typeof loader>();
  const cancelled = event.status === "cancelled";
  const rows: [string, React.ReactNode][] = [
    ["日時", eventTimeText(event)],
    [
      "会場",
      <>
        {event.venue}
        <br />
        {event.address}
        <br />
        <a href={mapLink(event.address)} rel="noopener noreferrer">
          地図で場所を見る（Google マップが開きます）
        </a>
      </>,
    ],
    ["主催", event.organizer_name ?? "熊本市"],
    ["定員", event.capacity === null ? "定めなし" : `${event.capacity}人`],
    ["申し込み方法", event.how_to_join || "熊本市 生活安全課にお問い合わせください。"],
    ["持ち物", event.what_to_bring || "特にありません"],
  ];
  return (
    <article>
      <p className="event-kind">{EVENT_KINDS[event.kind]}</p>
      <h1>
        {cancelled ? <CancelledMark /> : null}
        {event.title}
      </h1>
      {cancelled ? (
        <p className="warning" role="status">
          この{EVENT_KINDS[event.kind]}は中止になりました。{event.status_reason}
        </p>
      ) : past ? (
        <p className="notice">この催しは終わりました。</p>
      ) : null}
      {event.description ? <p className="event-description">{event.description}</p> : null}
      <dl className="event-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {event.participants.length > 0 ? (
        <>
          <h2>参加する会社（{event.participants.length}社）</h2>
          <ul>
            {event.participants.map((p) => (
              <li key={p.id}>
                <Link to={`/employers/${p.id}`}>{p.name}</Link>（{INDUSTRIES[p.industry]}）
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="event-links">
        {cancelled || past ? null : (
          <a href={`/events/${event.id}.ics`} download className="button">
            カレンダーに入れる（.ics）
          </a>
        )}
        <Link to="/events">説明会・セミナーの一覧へ</Link>
      </div>
    </article>
  );
}

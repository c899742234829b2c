import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CANCELLED, CancelledMark, ENDED, EndedMark, eventTimeText } from "~/components/event-card";
import { ReadAloud } from "~/components/read-aloud";
import { ShareLinks, shareTexts } from "~/components/share-links";
import { publicOrigin } from "~/utils/origin.server";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { findPublicEvent } from "~/models/events.server";
import { pageReadings } from "~/models/page-readings.server";
import { furiganaOn } from "~/utils/furigana";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { EVENT_KINDS, INDUSTRIES } from "~/utils/labels";
import { formatDateTime } from "~/utils/dates";
import eventStyles from "~/styles/events.css?url";
import { now as clockNow } from "~/utils/clock";
import { pageMeta, titled } from "~/utils/seo";
import { eventForRegistration } from "~/models/registration-page.server";
import { OPENNESS_TEXT } from "~/utils/registration-texts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: eventStyles }];

export const meta: MetaFunction<typeof loader> = (args) => {
  const event = args.data?.event;
  return pageMeta(args, {
    title: event ? titled(`${event.title} | 説明会・セミナー`) : titled("ページが見つかりません"),
    description: event
      ? `${EVENT_KINDS[event.kind]}。${formatDateTime(event.starts_at)}、${event.venue}。${event.description}`
      : "この説明会・セミナーは見つかりません。",
    type: event ? "article" : "website",
  });
};

const LABELS = ["日時", "会場", "主催", "定員", "申し込み方法", "持ち物", "参加する会社"];
const NO_WAY_GIVEN = "熊本市 生活安全課にお問い合わせください。";
const NOTHING = "特にありません";
// Headings of the page; the unit after the count keeps its bracket (one text, as without readings).
const HEADINGS = { register: "申し込み", count: "社）", share: "この催し" } as const;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const event = assertFound(await findPublicEvent(db, id));
  const registration = assertFound(await eventForRegistration(db, id));
  const texts = [
    ...LABELS,
    ...Object.values(HEADINGS),
    ...shareTexts(HEADINGS.share),
    EVENT_KINDS[event.kind],
    event.title,
    CANCELLED,
    ENDED,
    event.description,
    event.venue,
    event.address,
    event.organizer_name ?? "熊本市",
    event.how_to_join || NO_WAY_GIVEN,
    event.what_to_bring || NOTHING,
    ...event.participants.map((p) => p.name),
  ];
  const readings = furiganaOn(request) ? await pageReadings(db, texts) : null;
  return {
    event,
    past: new Date(event.ends_at) < clockNow(),
    readings,
    shareUrl: `${publicOrigin()}/events/${event.id}`,
    registration: { seats: registration.seats, openness: registration.openness, deadline: event.registration_deadline },
  };
}

/** A plain link to a map search: nothing from the map site loads on this page. */
function mapLink(address: string) {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}

export default function EventPage() {
  const { event, past, readings, shareUrl, registration } = useLoaderData<typeof loader>();
  const cancelled = event.status === "cancelled";
  const rows: [string, React.ReactNode][] = [
    ["日時", eventTimeText(event)],
    [
      "会場",
      <>
        <Ruby text={event.venue} />
        <br />
        <Ruby text={event.address} />
        <br />
        <a href={mapLink(event.address)} rel="noopener noreferrer">
          地図で場所を見る（Google マップが開きます）
        </a>
      </>,
    ],
    ["主催", <Ruby key="o" text={event.organizer_name ?? "熊本市"} />],
    ["定員", event.capacity === null ? "定めなし" : `${event.capacity}人`],
    ["申し込み方法", <Ruby key="j" text={event.how_to_join || NO_WAY_GIVEN} />],
    ["持ち物", <Ruby key="b" text={event.what_to_bring || NOTHING} />],
  ];
  const speech = [event.title, eventTimeText(event), event.venue, event.address, event.description, event.how_to_join]
    .filter(Boolean)
    .join("\n");
  return (
    <ReadingsProvider readings={readings}>
      <article>
        <p className="event-kind">
          <Ruby text={EVENT_KINDS[event.kind]} />
        </p>
        <h1>
          {cancelled ? <CancelledMark /> : past ? <EndedMark /> : null}
          <Ruby text={event.title} />
        </h1>
        {cancelled ? null : <ReadAloud text={speech} />}
        {cancelled ? (
          <p className="warning" role="status">
            この{EVENT_KINDS[event.kind]}は中止になりました。{event.status_reason}
          </p>
        ) : past ? (
          <p className="notice">この催しは終わりました。</p>
        ) : null}
        {event.description ? (
          <p className="event-description">
            <Ruby text={event.description} />
          </p>
        ) : null}
        <dl className="event-facts">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt>
                <Ruby text={label} />
              </dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {registration.openness !== "not_taken" && !cancelled && !past ? (
          <section className="event-registration" aria-label="申し込み">
            <h2>
              <Ruby text={HEADINGS.register} />
            </h2>
            <ul>
              {registration.seats !== null ? <li>残りの席: {registration.seats}人</li> : null}
              {registration.deadline ? <li>締め切り: {formatDateTime(registration.deadline)}</li> : null}
            </ul>
            {registration.openness === "open" || registration.openness === "waiting" ? (
              <>
                {registration.openness === "waiting" ? <p className="notice">{OPENNESS_TEXT.waiting}</p> : null}
                <p>ニックネームと、電話番号かメールアドレスだけで申し込めます。</p>
                <Link to={`/events/${event.id}/register`} className="button primary">
                  {registration.openness === "waiting" ? "キャンセル待ちで申し込む" : "申し込む"}
                </Link>
              </>
            ) : (
              <p className="warning">{OPENNESS_TEXT[registration.openness]}</p>
            )}
          </section>
        ) : null}
        {event.participants.length > 0 ? (
          <>
            <h2>
              <Ruby text="参加する会社" />（{event.participants.length}
              <Ruby text={HEADINGS.count} />
            </h2>
            <ul>
              {event.participants.map((p) => (
                <li key={p.id}>
                  <Link to={`/employers/${p.id}`}>
                    <Ruby text={p.name} />
                  </Link>
                  （{INDUSTRIES[p.industry]}）
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="event-links">
          {cancelled || past ? null : (
            <a href={`/events/${event.id}.ics`} download className="button">
              カレンダーに入れる（スマホやパソコンの予定表へ）
            </a>
          )}
          {event.audience === "employer" ? (
            <Link to="/for-employers#events">事業主の方のためのセミナーの一覧へ</Link>
          ) : (
            <Link to="/events">説明会・セミナーの一覧へ</Link>
          )}
        </div>
        {cancelled || past ? null : <ShareLinks url={shareUrl} text={event.title} what={HEADINGS.share} />}
      </article>
    </ReadingsProvider>
  );
}

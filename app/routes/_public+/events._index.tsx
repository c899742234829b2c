import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { EventKind } from "../../../db/types";
import { EventCard, eventCardTexts } from "~/components/event-card";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { groupByMonth, listPublicEvents } from "~/models/events.server";
import { pageReadings } from "~/models/page-readings.server";
import { db } from "~/utils/db.server";
import { dateReadings } from "~/utils/date-readings";
import { furiganaOn } from "~/utils/furigana";
import { EVENT_KINDS } from "~/utils/labels";
import eventStyles from "~/styles/events.css?url";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: eventStyles }];

export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("説明会・セミナーの予定"),
    description: "協力雇用主の企業説明会・個別面談会、セミナー、職場見学会、講座の予定です。",
  });

// The 協力雇用主制度セミナー is for employers: it is listed on /for-employers, not here.
const SEEKER_KINDS = Object.entries(EVENT_KINDS).filter(([value]) => value !== "employer_seminar") as [EventKind, string][];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const rawKind = url.searchParams.get("kind") ?? "";
  const kind = SEEKER_KINDS.find(([value]) => value === rawKind)?.[0];
  const archive = url.searchParams.get("view") === "past";
  const { upcoming, past } = await listPublicEvents(db, { kind });
  const shown = archive ? past : upcoming;
  const groups = groupByMonth(shown);
  // Month headings read by rule (date-readings), not by the analyser: no new text per month.
  const readings = furiganaOn(request)
    ? {
        ...(await pageReadings(db, [...Object.values(TEXTS), ...eventCardTexts(shown)])),
        ...dateReadings(groups.map((g) => monthTitle(g.month))),
      }
    : null;
  return { kind: kind ?? "", archive, groups, pastCount: past.length, readings };
}

const TEXTS = {
  upcoming: "説明会・セミナーの予定",
  archive: "これまでの説明会・セミナー",
  kind: "種類",
  intro:
    "会社の説明会や、会社ごとに話ができる面談会、セミナー、職場見学会、講座の予定です。参加したい方は、各ページの「申し込み方法」を見てください。保護観察官や施設の職員の方から申し込むこともできます。",
} as const;

function monthTitle(month: string) {
  const [y, m] = month.split("-").map(Number);
  return `${y}年${m}月`;
}

export default function Events() {
  const { kind, archive, groups, pastCount, readings } = useLoaderData<typeof loader>();
  const kindQuery = kind ? `&kind=${kind}` : "";
  return (
    <ReadingsProvider readings={readings}>
      <h1>
        <Ruby text={archive ? TEXTS.archive : TEXTS.upcoming} />
      </h1>
      <p>
        <Ruby text={TEXTS.intro} />
      </p>
      <form method="get" className="event-filter" aria-label="種類でしぼりこむ">
        {archive ? <input type="hidden" name="view" value="past" /> : null}
        <div>
          <label htmlFor="kind">
            <Ruby text={TEXTS.kind} />
          </label>
          <select id="kind" name="kind" defaultValue={kind}>
            <option value="">すべて</option>
            {SEEKER_KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          表示する
        </button>
      </form>
      {groups.length === 0 ? (
        <p className="notice">
          {archive ? "これまでの予定はありません。" : "いま決まっている予定はありません。"}
          {kind ? "種類を「すべて」にすると、ほかの予定が見られます。" : ""}
        </p>
      ) : (
        groups.map((group) => (
          <section key={group.month} aria-labelledby={`month-${group.month}`}>
            <h2 className="event-month" id={`month-${group.month}`}>
              <Ruby text={monthTitle(group.month)} />
            </h2>
            <div className="event-list">
              {group.events.map((event) => (
                <EventCard key={event.id} event={event} ended={archive} />
              ))}
            </div>
          </section>
        ))
      )}
      <div className="event-links">
        {archive ? (
          <Link to={`/events${kind ? `?kind=${kind}` : ""}`}>これからの予定を見る</Link>
        ) : pastCount > 0 ? (
          <Link to={`/events?view=past${kindQuery}`}>これまでの説明会・セミナー（{pastCount}件）</Link>
        ) : null}
        <a href="/events.ics" download>
          すべての予定をカレンダーに入れる（スマホやパソコンの予定表へ）
        </a>
      </div>
      <p className="event-for-employers">
        事業主の方のためのセミナー（協力雇用主制度セミナー）は、
        <Link to="/for-employers#events">事業主の方へ</Link>のページにのせています。
      </p>
    </ReadingsProvider>
  );
}

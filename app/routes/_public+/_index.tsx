import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FilteredCards } from "~/components/filtered-cards";
import { jobCardTexts } from "~/components/job-card-texts";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { latestMagazineIssue, nextPublicEvents } from "~/models/home.server";
import { countPublicJobs, listNewestJobs } from "~/models/jobs.server";
import { pageReadings } from "~/models/page-readings.server";
import { db } from "~/utils/db.server";
import { furiganaOn } from "~/utils/furigana";
import { formatDate, formatDateTime } from "~/utils/dates";
import { EMPLOYMENT_TYPES, EVENT_KINDS, WARDS } from "~/utils/labels";
import { jobsStylesheets } from "~/styles/stylesheets";

export const links: LinksFunction = () => jobsStylesheets;

export async function loader({ request }: LoaderFunctionArgs) {
  const [jobs, total, events, issue] = await Promise.all([
    // More than the six shown: a private offence choice may leave some out (FilteredCards).
    listNewestJobs(db, 12),
    countPublicJobs(db),
    nextPublicEvents(db),
    latestMagazineIssue(db),
  ]);
  const readings = furiganaOn(request)
    ? await pageReadings(db, [
        ...Object.values(TEXTS),
        ...jobCardTexts(jobs),
        ...events.flatMap((e) => [e.title, e.venue, EVENT_KINDS[e.kind]]),
        issue?.title,
      ])
    : null;
  return { jobs, total, events, issue, readings };
}

// The page's own headings and labels, read with the page's other texts when furigana is on.
const TEXTS = {
  title: "仕事をさがす",
  searchLabel: "仕事の名前や場所",
  newJobs: "新しい求人",
  events: "これからの説明会・セミナー",
  magazine: "求人情報誌",
  alerts: "新しい求人のお知らせ",
} as const;

const QUICK_WARDS = ["chuo", "higashi", "nishi", "minami", "kita"] as const;
const QUICK_TYPES = ["full_time", "part_time", "day_labor"] as const;

export default function Home() {
  const { jobs, total, events, issue, readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <h1>
        <Ruby text={TEXTS.title} />
      </h1>
      <p className="lead">
        ここに載っている会社は、過去のことを知ったうえで、いっしょに働く人を待っています。登録しなくても見られます。
      </p>
      <Form method="get" action="/jobs" className="search-box" role="search" aria-label="求人をさがす">
        <label htmlFor="home-q" className="visually-hidden">
          <Ruby text={TEXTS.searchLabel} />
        </label>
        <input id="home-q" type="search" name="q" placeholder="例: 介護、溶接、東区、寮" />
        <button type="submit" className="button primary">
          さがす
        </button>
      </Form>

      <nav aria-labelledby="quick-title">
        <h2 id="quick-title">すぐにさがす</h2>
        <ul className="quick-filters">
          <li>
            <Link to="/jobs?housing=1">寮・社宅あり</Link>
          </li>
          <li>
            <Link to="/jobs?no_experience=1">未経験OK</Link>
          </li>
          {QUICK_TYPES.map((type) => (
            <li key={type}>
              <Link to={`/jobs?type=${type}`}>{EMPLOYMENT_TYPES[type]}</Link>
            </li>
          ))}
          {QUICK_WARDS.map((ward) => (
            <li key={ward}>
              <Link to={`/jobs?ward=${ward}`}>{WARDS[ward]}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <h2>
        <Ruby text={TEXTS.newJobs} />
      </h2>
      {jobs.length ? (
        <FilteredCards jobs={jobs} limit={6} empty="えらんだ罪名をかくすと、新しい求人はありません。" />
      ) : (
        <p>いま公開している求人はありません。</p>
      )}
      <p>
        <Link to="/jobs">すべての求人を見る（{total}件）</Link>
      </p>

      <h2>
        <Ruby text={TEXTS.events} />
      </h2>
      {events.length ? (
        <ul className="event-list">
          {events.map((event) => (
            <li key={event.id}>
              <Link to={`/events/${event.id}`}>
                <Ruby text={event.title} />
              </Link>
              <br />
              {formatDateTime(event.starts_at)}・<Ruby text={event.venue} />（<Ruby text={EVENT_KINDS[event.kind]} />）
            </li>
          ))}
        </ul>
      ) : (
        <p>いま決まっている説明会・セミナーはありません。</p>
      )}
      <p>
        <Link to="/events">説明会・セミナーの予定を見る</Link>
      </p>

      <h2>
        <Ruby text={TEXTS.magazine} />
      </h2>
      {issue ? (
        <p>
          最新号: <Link to={`/magazine/${issue.number}`}>
            第{issue.number}号 <Ruby text={issue.title} />
          </Link>（{formatDate(issue.issue_date)}発行）
        </p>
      ) : (
        <p>まだ発行された号はありません。</p>
      )}
      <p>
        <Link to="/magazine">情報誌の一覧を見る</Link>
      </p>
      <h2>
        <Ruby text={TEXTS.alerts} />
      </h2>
      <p>
        <Link to="/alerts">新しい求人をメールやアプリで受け取る</Link>
      </p>
    </ReadingsProvider>
  );
}

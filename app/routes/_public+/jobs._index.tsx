import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useFilteredResult } from "~/components/filtered-results";
import { JobCard } from "~/components/job-card";
import { jobCardTexts } from "~/components/job-card-texts";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { JOB_FILTER_TEXTS, JobFilters } from "~/components/job-filters";
import { HiddenNote, OFFENCE_FILTER_TEXTS, OffenceFilter } from "~/components/offence-filter";
import { Pager } from "~/components/pager";
import { dropSuggestions, searchJobs } from "~/models/job-search.server";
import { pageReadings } from "~/models/page-readings.server";
import { activeFilters, PAGE_SIZE, parseJobSearch, payProblem, searchQuery, SORTS, type Sort } from "~/schemas/job-search";
import { db } from "~/utils/db.server";
import { furiganaOn } from "~/utils/furigana";
import { encodeFacts } from "~/utils/result-facts";
import { jobsStylesheets } from "~/styles/stylesheets";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => jobsStylesheets;

export const meta: MetaFunction<typeof loader> = (args) =>
  pageMeta(args, {
    title: titled(args.data?.search.q ? `「${args.data.search.q}」の求人` : "求人をさがす"),
    description:
      "熊本市の協力雇用主の求人を、ことば・区・仕事の種類・寮や未経験OKなどの条件でさがせます。登録なしで見られます。",
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const search = parseJobSearch(params);
  const pay = { typed: (params.get("pay_min") ?? "").trim().slice(0, 40), problem: payProblem(params) };
  const { facts, ...result } = await searchJobs(db, search);
  const suggestions = result.total === 0 ? await dropSuggestions(db, search) : [];
  // One query more, for the stored readings of this page's cards and its own headings and
  // labels, only when furigana is on.
  const readings = furiganaOn(request) ? await pageReadings(db, [...PAGE_TEXTS, ...jobCardTexts(result.jobs)]) : null;
  return { search, pay, result: { ...result, facts: encodeFacts(facts) }, suggestions, readings };
}

const TITLE = "求人をさがす";
const PAGE_TEXTS = [TITLE, ...JOB_FILTER_TEXTS, ...OFFENCE_FILTER_TEXTS];

/** Where the browser fetches the whole result's cards; with their readings when furigana is on. */
function cardsUrl(query: string, furigana: boolean): string {
  const url = `/jobs/cards.json${query}`;
  return furigana ? `${url}${query ? "&" : "?"}furigana=1` : url;
}

/** 「中央区」, but ことば「介護」 as it is: never quotes inside quotes. */
function quotedLabel(label: string): string {
  return label.includes("「") ? label : `「${label}」`;
}

export default function JobsIndex() {
  const { search, pay, result, suggestions, readings } = useLoaderData<typeof loader>();
  const filters = activeFilters(search);
  const shown = useFilteredResult(result, cardsUrl(searchQuery(search, { page: 1, sort: "newest" }), readings !== null), PAGE_SIZE);
  const first = (shown.page - 1) * PAGE_SIZE + 1;
  const last = first + shown.jobs.length - 1;
  const more = result.capped ? "以上" : "";
  return (
    <ReadingsProvider readings={readings ? { ...shown.readings, ...readings } : null}>
      <h1>
        <Ruby text={TITLE} />
      </h1>
      <JobFilters key={searchQuery(search, { page: 1 })} search={search} open={false} pay={pay} />

      {filters.length ? (
        <>
          <p className="visually-hidden" id="active-filters-title">
            いまの条件（押すと、その条件をはずします）
          </p>
          <ul className="active-filters" aria-labelledby="active-filters-title">
            {filters.map((f) => (
              <li key={f.key}>
                <Link to={`/jobs${searchQuery(search, { ...f.without, page: 1 })}`}>
                  {f.label} <span aria-hidden="true">×</span>
                  <span className="visually-hidden">（この条件をはずす）</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <OffenceFilter />

      <div className="result-head">
        <p className="result-count" role="status">
          {`${shown.total.toLocaleString("ja-JP")}件${more}の求人`}
          {shown.jobs.length > 0 ? `（${first}〜${last}件目を表示）` : ""}
        </p>
        {result.total > 1 ? (
          <p className="sort-links">
            <span>並び順:</span>
            {(Object.keys(SORTS) as Sort[]).map((sort) =>
              sort === search.sort ? (
                <span key={sort} aria-current="true">
                  {SORTS[sort]}
                </span>
              ) : (
                <Link key={sort} to={`/jobs${searchQuery(search, { sort, page: 1 })}`}>
                  {SORTS[sort]}
                </Link>
              ),
            )}
          </p>
        ) : null}
      </div>
      <HiddenNote count={shown.hidden} panelHere />
      {shown.active && result.total > 0 && shown.jobs.length === 0 ? (
        <p className="no-results">
          {shown.total === 0 ? "この条件では、かくしていない求人はありません。" : "このページには、かくしていない求人はありません。"}
          {shown.total > 0 ? <Link to={`/jobs${searchQuery(search, { page: 1 })}`}>1ページ目を見る</Link> : null}
        </p>
      ) : null}
      {result.capped ? <p className="hint">たくさんあります。条件を足して、しぼりこんでください。</p> : null}
      {search.sort === "pay" ? (
        <p className="hint">時給・日給は、1日8時間・月21日として月の額に直して並べています。</p>
      ) : null}

      {result.total === 0 ? (
        <div className="no-results">
          <p>
            <strong>この条件に合う求人はありませんでした。</strong>
          </p>
          {suggestions.length ? (
            <>
              <p>次の条件をはずすと、求人が見つかります。</p>
              <ul>
                {suggestions.map((s) => (
                  <li key={s.key}>
                    <Link to={`/jobs${searchQuery(search, { ...s.without, page: 1 })}`}>
                      {quotedLabel(s.label)}をはずす（{s.count}件）
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              条件を一つずつ減らすか、<Link to="/jobs">すべての求人</Link>を見てください。ちがうことば（ひらがな・カタカナ）でもさがせます。
            </p>
          )}
        </div>
      ) : (
        <div className="job-list">
          {shown.jobs.map((job, i) =>
            job ? (
              <JobCard key={job.id} job={job} />
            ) : (
              <p key={`waiting-${i}`} className="job-card job-card-waiting">
                読みこんでいます…
              </p>
            ),
          )}
        </div>
      )}
      <Pager page={shown.page} pages={shown.pages} href={(page) => `/jobs${searchQuery(search, { page })}`} />
    </ReadingsProvider>
  );
}

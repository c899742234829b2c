import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { JobCard, refusedCategories } from "~/components/job-card";
import { JobFilters } from "~/components/job-filters";
import { isHidden, OffenceFilter, useOffenceChoice } from "~/components/offence-filter";
import { Pager } from "~/components/pager";
import { dropSuggestions, searchJobs } from "~/models/job-search.server";
import { activeFilters, PAGE_SIZE, parseJobSearch, payProblem, searchQuery, SORTS, type Sort } from "~/schemas/job-search";
import { db } from "~/utils/db.server";
import { jobsStylesheets } from "~/styles/stylesheets";

export const links: LinksFunction = () => jobsStylesheets;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.search.q ? `「${data.search.q}」の求人` : "求人をさがす"} | 熊本市 協力雇用主 求人サイト` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const search = parseJobSearch(params);
  const pay = { typed: (params.get("pay_min") ?? "").trim().slice(0, 40), problem: payProblem(params) };
  const result = await searchJobs(db, search);
  const suggestions = result.total === 0 ? await dropSuggestions(db, search) : [];
  return { search, pay, result, suggestions };
}

export default function JobsIndex() {
  const { search, pay, result, suggestions } = useLoaderData<typeof loader>();
  const offences = useOffenceChoice();
  const filters = activeFilters(search);
  const hiddenIds = new Set(
    result.jobs.filter((job) => isHidden(refusedCategories(job), offences.chosen)).map((job) => job.id),
  );
  const first = (result.page - 1) * PAGE_SIZE + 1;
  const last = first + result.jobs.length - 1;
  return (
    <>
      <h1>求人をさがす</h1>
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

      <OffenceFilter {...offences} hiddenCount={hiddenIds.size} />

      <div className="result-head">
        <p className="result-count" role="status">
          {result.capped ? `${result.total.toLocaleString("ja-JP")}件以上の求人` : `${result.total}件の求人`}
          {result.total > 0 ? `（${first}〜${last}件目を表示）` : ""}
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
                      「{s.label}」をはずす（{s.count}件）
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
          {result.jobs.map((job) => (
            <JobCard key={job.id} job={job} hidden={hiddenIds.has(job.id)} />
          ))}
        </div>
      )}
      <Pager page={result.page} pages={result.pages} href={(page) => `/jobs${searchQuery(search, { page })}`} />
    </>
  );
}

import { Form } from "@remix-run/react";
import type { JobSearchResult } from "~/models/job-search.server";
import { FLAG_FILTERS, FLAG_KEYS, searchQuery, type JobSearch } from "~/schemas/job-search";
import { EMPLOYMENT_TYPES, INDUSTRIES, PAY_UNITS, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";

function Select({ name, label, options, value }: { name: string; label: string; options: Record<string, string>; value: string | null }) {
  return (
    <div>
      <label htmlFor={`mz-${name}`}>{label}</label>
      <select id={`mz-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">すべて</option>
        {Object.entries(options).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The same search and filters as /jobs (same query parameters, same query), for choosing postings. */
export function SearchPanel({
  search,
  result,
  chosen,
}: {
  search: JobSearch;
  result: JobSearchResult;
  chosen: number[];
}) {
  const inIssue = new Set(chosen);
  return (
    <section aria-labelledby="mz-search-title" className="mz-staff-search">
      <h2 id="mz-search-title">のせる求人を選ぶ</h2>
      <p>公開中の求人だけが出ます。求職者が見る「求人をさがす」ページと同じ条件でさがせます。</p>
      <Form method="get" className="filters" aria-label="求人をさがす">
        <div>
          <label htmlFor="mz-q">ことばでさがす</label>
          <input id="mz-q" type="search" name="q" defaultValue={search.q} />
        </div>
        <Select name="ward" label="区" options={WARDS} value={search.ward} />
        <Select name="industry" label="仕事の種類" options={INDUSTRIES} value={search.industry} />
        <Select name="type" label="働き方" options={EMPLOYMENT_TYPES} value={search.type} />
        <Select name="pay_unit" label="給料の種類" options={PAY_UNITS} value={search.payUnit} />
        <div>
          <label htmlFor="mz-pay_min">いくら以上（円）</label>
          <input id="mz-pay_min" type="text" inputMode="numeric" name="pay_min" defaultValue={search.payMin ?? ""} />
        </div>
        <fieldset className="mz-flags">
          <legend>こだわり</legend>
          {FLAG_KEYS.map((key) => (
            <label key={key}>
              <input type="checkbox" name={key} value="1" defaultChecked={search.flags[key]} /> {FLAG_FILTERS[key]}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">
          さがす
        </button>
      </Form>

      <p role="status">
        {result.total}件見つかりました{result.pages > 1 ? `（${result.page}/${result.pages}ページ）` : ""}。
      </p>
      {result.total > 0 ? (
        <Form method="post" className="mz-add-all">
          <input type="hidden" name="intent" value="add-all" />
          <input type="hidden" name="search" value={searchQuery({ ...search, page: 1 }).slice(1)} />
          <button type="submit" className="button">
            この条件の求人をすべて加える（{result.total}件）
          </button>
        </Form>
      ) : null}
      {result.jobs.length ? (
        <Form method="post" aria-label="えらんだ求人を加える">
          <input type="hidden" name="intent" value="add" />
          <ul className="mz-pick-list">
            {result.jobs.map((job) => (
              <li key={job.id}>
                <label>
                  <input type="checkbox" name="jobId" value={job.id} disabled={inIssue.has(job.id)} />
                  <span>
                    <strong>{job.title}</strong>　{job.employer_name}
                    <br />
                    {INDUSTRIES[job.industry]}・{WARDS[job.ward]}・{formatPay(job.pay_unit, job.pay_min, job.pay_max)}
                    {inIssue.has(job.id) ? "（この号にのっています）" : ""}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button type="submit" className="button primary">
            えらんだ求人を加える
          </button>
        </Form>
      ) : null}
      {result.pages > 1 ? (
        <p className="mz-pager">
          {result.page > 1 ? <a href={searchQuery(search, { page: result.page - 1 })}>前の20件</a> : null}
          {result.page < result.pages ? <a href={searchQuery(search, { page: result.page + 1 })}>次の20件</a> : null}
        </p>
      ) : null}
    </section>
  );
}

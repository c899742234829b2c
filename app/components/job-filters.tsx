import { Form } from "@remix-run/react";
import { Ruby } from "~/components/ruby-text";
import { FLAG_FILTERS, FLAG_KEYS, type JobSearch } from "~/schemas/job-search";
import { EMPLOYMENT_TYPES, INDUSTRIES, PAY_UNITS, WARDS } from "~/utils/labels";

// A plain GET form: the search is the URL, so it works without JavaScript, can be
// bookmarked, and the back button behaves. The offence filter is deliberately NOT in here.

const TEXTS = {
  ward: "働く場所（区）",
  industry: "仕事の種類",
  type: "働き方",
  pay: "給料",
  payUnit: "給料の種類",
  payMin: "いくら以上（円）",
  more: "くわしい条件でしぼりこむ",
} as const;

/** The form's labels, legends and summary, for the readings of the page that shows it. */
export const JOB_FILTER_TEXTS: readonly string[] = [...Object.values(TEXTS), ...Object.values(FLAG_FILTERS)];

function Select({
  name,
  label,
  options,
  value,
  empty,
}: {
  name: string;
  label: string;
  options: Record<string, string>;
  value: string | null;
  empty: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>
        <Ruby text={label} />
      </label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{empty}</option>
        {Object.entries(options).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `pay` is what was typed into the pay box and what is wrong with it, if anything. */
export function JobFilters({
  search,
  open,
  pay = { typed: search.payMin ? String(search.payMin) : "", problem: null },
}: {
  search: JobSearch;
  open: boolean;
  pay?: { typed: string; problem: string | null };
}) {
  return (
    <Form method="get" action="/jobs" className="job-filters" role="search" aria-label="求人をさがす">
      <div className="field">
        <label htmlFor="filter-q">ことばでさがす</label>
        <div className="search-box">
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={search.q}
            placeholder="例: 介護、溶接、東区、寮"
            aria-describedby="filter-q-hint"
          />
          <button type="submit" className="button primary">
            さがす
          </button>
        </div>
        <p className="hint" id="filter-q-hint">
          ことばを空白で区切ると、すべてをふくむ求人をさがします。
        </p>
      </div>
      <details open={open || pay.problem !== null}>
        <summary>
          <Ruby text={TEXTS.more} />
        </summary>
        <div className="filter-grid">
          <Select name="ward" label={TEXTS.ward} options={WARDS} value={search.ward} empty="どこでも" />
          <Select name="industry" label={TEXTS.industry} options={INDUSTRIES} value={search.industry} empty="どれでも" />
          <Select name="type" label={TEXTS.type} options={EMPLOYMENT_TYPES} value={search.type} empty="どれでも" />
        </div>
        <fieldset className="filter-checks">
          <legend>
            <Ruby text={TEXTS.pay} />
          </legend>
          <p className="hint" id="pay-hint">
            時給・日給・月給は比べられないので、どれか一つを選んでください。最低の金額がこの額以上の求人を出します。
          </p>
          <div className="pay-filter">
            <Select name="pay_unit" label={TEXTS.payUnit} options={PAY_UNITS} value={search.payUnit} empty="しぼらない" />
            <div className="field">
              <label htmlFor="filter-pay_min">
                <Ruby text={TEXTS.payMin} />
              </label>
              <input
                id="filter-pay_min"
                type="text"
                inputMode="numeric"
                name="pay_min"
                defaultValue={pay.typed}
                aria-describedby={pay.problem ? "filter-pay_min-error pay-hint" : "pay-hint"}
                aria-invalid={pay.problem ? true : undefined}
                placeholder="例: 1000、20万"
              />
              {pay.problem ? (
                <p className="field-error" id="filter-pay_min-error">
                  {pay.problem}
                </p>
              ) : null}
            </div>
          </div>
        </fieldset>
        <fieldset className="filter-checks">
          <legend>こだわり</legend>
          <ul>
            {FLAG_KEYS.map((key) => (
              <li key={key}>
                <label>
                  <input type="checkbox" name={key} value="1" defaultChecked={search.flags[key]} />
                  <span>
                    <Ruby text={FLAG_FILTERS[key]} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {search.sort !== "newest" ? <input type="hidden" name="sort" value={search.sort} /> : null}
        <div className="filter-buttons">
          <button type="submit" className="button primary">
            この条件でさがす
          </button>
          <a href="/jobs">条件をすべて消す</a>
        </div>
      </details>
    </Form>
  );
}

import { CheckboxField, SelectField, TextField } from "~/components/form-fields";
import { FORM_TEXTS } from "~/components/forms";
import { Ruby } from "~/components/ruby-text";
import { FLAG_FILTERS, FLAG_KEYS, parseJobSearch } from "~/schemas/job-search";
import { EMPLOYMENT_TYPES, WARDS } from "~/utils/labels";

// The search of a new-job alert, with the same words as the search on /jobs. There is no
// offence choice here, by design: it never leaves the person's browser.

const TEXTS = { what: "どんな求人を知らせるか", ward: "働く場所（区）", type: "働き方" } as const;

/** The fields' labels and legends, for the readings of the page that shows them. */
export const ALERT_FIELD_TEXTS: readonly string[] = [...Object.values(TEXTS), ...Object.values(FLAG_FILTERS), ...FORM_TEXTS];

export function AlertSearchFields() {
  return (
    <fieldset>
      <legend>
        <Ruby text={TEXTS.what} />
      </legend>
      <TextField name="q" label="さがすことば（なくてもよい）" hint="例: 介護、溶接、寮。空白で区切ると、すべてをふくむ求人です。" maxLength={100} />
      <SelectField name="ward" label={TEXTS.ward} options={WARDS} placeholder="どこでも" />
      <SelectField name="type" label={TEXTS.type} options={EMPLOYMENT_TYPES} placeholder="どれでも" />
      <fieldset className="filter-checks">
        <legend>こだわり</legend>
        {FLAG_KEYS.map((key) => (
          <CheckboxField key={key} name={key} label={FLAG_FILTERS[key]} />
        ))}
      </fieldset>
    </fieldset>
  );
}

/** Form defaults from a /jobs query string, so /alerts?q=介護 starts with that search. */
export function alertDefaults(query: string): Record<string, string> {
  const search = parseJobSearch(new URLSearchParams(query));
  const out: Record<string, string> = { q: search.q, ward: search.ward ?? "", type: search.type ?? "" };
  for (const key of FLAG_KEYS) out[key] = search.flags[key] ? "on" : "";
  return out;
}


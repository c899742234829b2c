import type { JobView } from "~/components/job-view";
import { Ruby } from "~/components/ruby-text";
import { NOT_FILLED, STATED_TERMS } from "~/schemas/stated-terms";

/** Shorter names for the page than the form's labels. */
export const STATED_TERM_SHORT: Record<(typeof STATED_TERMS)[number]["name"], string> = {
  probation_terms: "試用期間",
  contract_terms: "契約の期間・更新",
  overtime: "残業",
  smoking_measures: "たばこの対策",
  workplace_change_scope: "働く場所が変わる範囲",
  duties_change_scope: "仕事が変わる範囲",
};

/**
 * The items a job offer must state, as rows of a <dl>. A posting made before they were asked
 * shows 「未記入」, never a blank that reads as "none".
 */
export function StatedTermsList({ terms }: { terms: JobView["statedTerms"] }) {
  return (
    <dl className="stated-terms">
      {STATED_TERMS.map(({ name }) => (
        <div key={name} className="detail-row" data-term={name}>
          <dt>
            <Ruby text={STATED_TERM_SHORT[name]} />
          </dt>
          <dd>
            {terms[name] ? (
              <span className="prose">
                <Ruby text={terms[name]} />
              </span>
            ) : (
              <span className="not-filled">
                <Ruby text={NOT_FILLED} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

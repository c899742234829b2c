import { TextAreaField } from "~/components/form-fields";
import { STATED_TERMS } from "~/schemas/stated-terms";

/**
 * The working conditions a job offer must state by law (April 2024 rules), in a block of
 * their own. Postings made before these were asked have them empty until the employer fills
 * them; the form cannot be sent without them.
 */
export function StatedTermsFields() {
  return (
    <fieldset className="stated-terms-fields">
      <legend>法律で書くことが決まっている条件</legend>
      <p className="hint">
        求人には、次のことを必ず書きます（職業安定法。2024年4月から）。ないときは「なし」と書いてください。
      </p>
      {STATED_TERMS.map(({ name, label, hint }) => (
        <TextAreaField key={name} name={name} label={label} required rows={2} hint={hint} />
      ))}
    </fieldset>
  );
}

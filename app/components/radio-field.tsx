import { Message, describedBy, fieldId, useField } from "./forms";
import { Ruby } from "./ruby-text";

/** A question answered by one tap: a group of radio buttons inside ValidatedForm. */
export function RadioField({
  name,
  label,
  options,
  hint,
}: {
  name: string;
  label: string;
  options: Record<string, string>;
  hint?: string;
}) {
  const { error, registered, initial } = useField(name);
  const id = fieldId(name);
  return (
    <fieldset className={error ? "field radio-field has-error" : "field radio-field"} aria-describedby={describedBy(id, error, hint)}>
      <legend>
        <Ruby text={label} />
      </legend>
      <div className="choice-row">
        {Object.entries(options).map(([value, text], i) => (
          <label key={value} className="choice">
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${value}`}
              value={value}
              defaultChecked={initial === value}
              aria-invalid={error ? true : undefined}
              {...registered}
            />
            {/* One flex item: a text with readings is several nodes, and must wrap as one. */}
            <span>
              <Ruby text={text} />
            </span>
          </label>
        ))}
      </div>
      <Message id={id} error={error} hint={hint} />
    </fieldset>
  );
}

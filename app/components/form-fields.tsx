import { Label, Message, describedBy, fieldId, useField } from "./forms";
import { Ruby } from "./ruby-text";

// Labelled fields for ValidatedForm: each shows its own error (from the browser check or the
// server) next to it and keeps what the person typed.

export function TextField({
  name,
  label,
  type = "text",
  required,
  hint,
  autoComplete,
  inputMode,
  maxLength,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "url" | "number" | "date" | "time" | "datetime-local" | "month";
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "email" | "url" | "text";
  maxLength?: number;
}) {
  const { error, registered, initial } = useField(name);
  const id = fieldId(name);
  return (
    <div className={error ? "field has-error" : "field"}>
      <Label htmlFor={id} label={label} required={required} />
      <input
        id={id}
        type={type}
        defaultValue={type === "password" ? undefined : typeof initial === "string" ? initial : undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...registered}
      />
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  required,
  hint,
  rows = 4,
}: {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  rows?: number;
}) {
  const { error, registered, initial } = useField(name);
  const id = fieldId(name);
  return (
    <div className={error ? "field has-error" : "field"}>
      <Label htmlFor={id} label={label} required={required} />
      <textarea
        id={id}
        rows={rows}
        defaultValue={typeof initial === "string" ? initial : undefined}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...registered}
      />
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  required,
  hint,
  placeholder = "選んでください",
}: {
  name: string;
  label: string;
  options: Record<string, string>;
  required?: boolean;
  hint?: string;
  placeholder?: string;
}) {
  const { error, registered, initial } = useField(name);
  const id = fieldId(name);
  return (
    <div className={error ? "field has-error" : "field"}>
      <Label htmlFor={id} label={label} required={required} />
      <select
        id={id}
        defaultValue={typeof initial === "string" ? initial : ""}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...registered}
      >
        <option value="">{placeholder}</option>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { error, registered, initial } = useField(name);
  const id = fieldId(name);
  return (
    <div className={error ? "field checkbox has-error" : "field checkbox"}>
      <input
        id={id}
        type="checkbox"
        defaultChecked={initial === "on" || initial === "1"}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...registered}
      />
      <label htmlFor={id}>
        <Ruby text={label} />
      </label>
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

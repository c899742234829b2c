import { zodResolver } from "@hookform/resolvers/zod";
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { createContext, useContext, useEffect, useId, type ReactNode } from "react";
import { useForm, type FieldValues, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Ruby } from "~/components/ruby-text";

// Forms post as plain HTML forms (so they work without JavaScript). With JavaScript,
// react-hook-form checks each field against the same zod schema as the server's action
// while the person types, and hands a valid form to Remix to submit. The fields that read
// this form's state: form-fields.tsx.

type ServerFailure = { errors?: Record<string, string>; values?: Record<string, string | string[]> };

type FormState = {
  form: UseFormReturn<FieldValues> | null;
  serverErrors: Record<string, string>;
  values: Record<string, string | string[]>;
};

const FormStateContext = createContext<FormState>({ form: null, serverErrors: {}, values: {} });

export function ValidatedForm({
  schema,
  failure,
  defaults = {},
  children,
  method = "post",
  action,
  ...rest
}: {
  schema: z.ZodType;
  failure?: ServerFailure | null;
  defaults?: Record<string, string | string[] | boolean>;
  children: ReactNode;
  method?: "post" | "get";
  action?: string;
  "aria-label"?: string;
  className?: string;
  encType?: "multipart/form-data" | "application/x-www-form-urlencoded";
}) {
  const submit = useSubmit();
  // After a refusal, what was sent is the whole truth: a box the person unticked is absent
  // from it and must stay unticked, not fall back to its default.
  const values = failure?.values ?? stringify(defaults);
  const form = useForm<FieldValues>({
    // No defaultValues: react-hook-form reads each input's initial value from the page,
    // which the server rendered (so a page without JavaScript shows the same).
    resolver: zodResolver(schema as never),
    mode: "onTouched",
    reValidateMode: "onChange",
  });
  const serverErrors = failure?.errors ?? {};

  useEffect(() => {
    const first = Object.keys(failure?.errors ?? {})[0];
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [failure]);

  return (
    <FormStateContext.Provider value={{ form, serverErrors, values }}>
      <Form
        method={method}
        action={action}
        noValidate
        onSubmit={(event) => {
          // The pressed button goes along, so its name and value reach the action as
          // they would without JavaScript.
          const target = (event.nativeEvent as SubmitEvent).submitter ?? event.currentTarget;
          event.preventDefault();
          void form.handleSubmit(
            () => submit(target as HTMLButtonElement | HTMLFormElement, { method }),
            (errors) => {
              const first = Object.keys(errors)[0];
              if (first) document.getElementById(fieldId(first))?.focus();
            },
          )(event);
        }}
        {...rest}
      >
        {serverErrors._form ? (
          <p className="form-error" role="alert">
            {serverErrors._form}
          </p>
        ) : null}
        {children}
      </Form>
    </FormStateContext.Provider>
  );
}

function stringify(defaults: Record<string, string | string[] | boolean>) {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(defaults)) out[k] = typeof v === "boolean" ? (v ? "on" : "") : v;
  return out;
}

export function fieldId(name: string) {
  return `field-${name}`;
}

export function useField(name: string) {
  const { form, serverErrors, values } = useContext(FormStateContext);
  const clientError = form?.formState.errors[name]?.message;
  const error = typeof clientError === "string" ? clientError : serverErrors[name];
  const registered = form ? form.register(name) : { name };
  const initial = values[name];
  return { error, registered, initial, hasForm: form !== null };
}

/** The badges beside every label, for the readings of a page with a form. */
export const FORM_TEXTS: readonly string[] = ["必須", "任意"];

export function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  // The badge sits beside the label, not inside it: the field's name stays exactly the
  // label, and screen readers hear aria-required on the field instead.
  return (
    <div className="label-row">
      <label htmlFor={htmlFor}>
        <Ruby text={label} />
      </label>
      {required ? (
        <span className="required" aria-hidden="true">
          <Ruby text="必須" />
        </span>
      ) : (
        <span className="optional" aria-hidden="true">
          <Ruby text="任意" />
        </span>
      )}
    </div>
  );
}

export function Message({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function describedBy(id: string, error?: string, hint?: string) {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function SubmitButton({
  children,
  name,
  value,
  danger,
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  /** Stops, closes or cancels something: drawn as a warning, not as the page's main action. */
  danger?: boolean;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <button
      type="submit"
      className={danger ? "button danger" : "button primary"}
      name={name}
      value={value}
      aria-disabled={busy || undefined}
    >
      {children}
    </button>
  );
}

export function useUniqueId(prefix: string) {
  return `${prefix}-${useId()}`;
}

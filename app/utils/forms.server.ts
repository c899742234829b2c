import { data } from "@remix-run/node";
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

/** What an action returns when a form is refused: the messages and what was typed. */
export type FormFailure = { errors: FieldErrors; values: FormValues };

// Passwords are never sent back into a page: they are the one thing a person retypes.
const NEVER_ECHOED = /password|confirm/i;

// What is typed back into a refused form is bounded: no field on the site allows more than
// ECHO_MAX_LENGTH characters (the longest is an event's description, 3000), so nothing
// beyond it was ever valid, and a page must not grow with what a request sends. (The body
// limit in front of Remix bounds the number of fields.)
export const ECHO_MAX_LENGTH = 3000;

// C0 and C1 controls and DEL; line breaks and tabs are text.
const ECHOED_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (NEVER_ECHOED.test(key)) continue;
    const all = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      // A control character is shown as "�", where the message says there is one: echoed
      // as it came, a NUL would put U+0000 into the page.
      .map((v) => v.slice(0, ECHO_MAX_LENGTH).replace(ECHOED_CONTROLS, "\uFFFD"));
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

function formObject(formData: FormData): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    obj[key] = all.length > 1 ? all : all[0];
  }
  return obj;
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * Validates a submitted form with the same zod schema the browser uses. On failure it
 * gives a ready 400 response carrying the messages and every typed value.
 */
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S) {
  const result = schema.safeParse(formObject(formData));
  if (result.success) return { ok: true as const, data: result.data as z.output<S> };
  return {
    ok: false as const,
    response: data<FormFailure>(
      { errors: fieldErrors(result.error), values: formValues(formData) },
      { status: 400 },
    ),
  };
}

/** A refusal that is about the whole form (or one field) rather than the schema. */
export function formError(formData: FormData, errors: FieldErrors, status = 400) {
  return data<FormFailure>({ errors, values: formValues(formData) }, { status });
}

import { data } from "@remix-run/node";
import { TEXT_ANSWER_MAX, answerField, answerSchema, type PublicQuestion } from "~/schemas/survey";
import { fieldErrors, type FormFailure, type FormValues } from "~/utils/forms.server";

// Reads a posted answer form. On a refusal the page shows again with what the person chose
// and typed, but only for the survey's own questions and never longer than an answer can
// be: a crafted post of megabytes is not sent back.

function submitted(formData: FormData): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    obj[key] = all.length > 1 ? all : all[0];
  }
  return obj;
}

function echoed(formData: FormData, questions: PublicQuestion[]): FormValues {
  const values: FormValues = {};
  for (const q of questions) {
    const name = answerField(q.id);
    const given = formData.getAll(name).filter((v): v is string => typeof v === "string");
    if (q.kind === "text") {
      values[name] = (given[0] ?? "").slice(0, TEXT_ANSWER_MAX * 2);
    } else {
      const allowed = q.kind === "scale" ? ["1", "2", "3", "4", "5"] : q.options;
      values[name] = [...new Set(given.filter((v) => allowed.includes(v)))];
    }
  }
  return values;
}

export function parseAnswers(formData: FormData, questions: PublicQuestion[]) {
  const result = answerSchema(questions).safeParse(submitted(formData));
  if (result.success) return { ok: true as const, data: result.data };
  return {
    ok: false as const,
    response: data<FormFailure>(
      { errors: fieldErrors(result.error), values: echoed(formData, questions) },
      { status: 400 },
    ),
  };
}

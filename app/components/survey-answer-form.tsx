import { zodResolver } from "@hookform/resolvers/zod";
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useMemo } from "react";
import { useForm, type FieldValues, type UseFormRegister } from "react-hook-form";
import { fieldId } from "~/components/forms";
import { SCALE_POINTS, TEXT_ANSWER_MAX, answerField, answerSchema, type PublicQuestion } from "~/schemas/survey";
import type { FormFailure } from "~/utils/forms.server";

// The answer form posts as a plain HTML form; with JavaScript, react-hook-form checks it
// with the same schema the action uses (built from the survey's questions). The public page
// uses it online and in venue mode; staff use it to type in a paper sheet.

function picked(values: FormFailure["values"] | undefined, name: string): string[] {
  const v = values?.[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function Question({
  q,
  index,
  error,
  initial,
  register,
}: {
  q: PublicQuestion;
  index: number;
  error?: string;
  initial: string[];
  register: UseFormRegister<FieldValues> | null;
}) {
  const name = answerField(q.id);
  const id = fieldId(name);
  const errorId = `${id}-error`;
  const reg = register ? register(name) : { name };
  const mark = q.required ? <span className="required">必須</span> : <span className="optional">任意</span>;
  const errorText = error ? (
    <p className="field-error" id={errorId}>
      {error}
    </p>
  ) : null;

  if (q.kind === "text") {
    return (
      <div className={error ? "field survey-field has-error" : "field survey-field"}>
        <label htmlFor={id}>
          {index + 1}. {q.label}
          {mark}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {TEXT_ANSWER_MAX}文字まで。名前や、前科・前歴のことは書かないでください。
        </p>
        <textarea
          id={id}
          rows={3}
          maxLength={TEXT_ANSWER_MAX}
          defaultValue={initial[0] ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? errorId : ""].filter(Boolean).join(" ")}
          {...reg}
        />
        {errorText}
      </div>
    );
  }

  const choices: readonly string[] = q.kind === "scale" ? SCALE_POINTS : q.options;
  const type = q.kind === "multiple" ? "checkbox" : "radio";
  return (
    <fieldset
      className={error ? "survey-question has-error" : "survey-question"}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {index + 1}. {q.label}
        {mark}
      </legend>
      {q.kind === "multiple" ? <p className="hint">あてはまるものを、いくつでも選べます。</p> : null}
      {q.kind === "scale" ? <p className="hint">1から5の中から、1つ選びます。</p> : null}
      <div className={q.kind === "scale" ? "scale-row" : undefined}>
        {choices.map((choice, k) => (
          <label key={choice} className="choice">
            <input
              type={type}
              id={k === 0 ? id : undefined}
              value={choice}
              defaultChecked={initial.includes(choice)}
              {...reg}
            />
            {choice}
            {q.kind === "scale" && q.scaleLabels[k] ? <span className="scale-word">（{q.scaleLabels[k]}）</span> : null}
          </label>
        ))}
      </div>
      {errorText}
    </fieldset>
  );
}

export function AnswerForm({
  questions,
  failure,
  action,
  label = "アンケートの答え",
  submitLabel = "送る",
  keepNothing = false,
}: {
  questions: PublicQuestion[];
  failure?: FormFailure;
  /** Where the form posts; the current address when not given. */
  action?: string;
  label?: string;
  submitLabel?: string;
  /** On a shared device: the browser is asked not to remember what was typed. */
  keepNothing?: boolean;
}) {
  const schema = useMemo(() => answerSchema(questions), [questions]);
  const form = useForm<FieldValues>({ resolver: zodResolver(schema as never), mode: "onTouched", reValidateMode: "onChange" });
  const submit = useSubmit();
  const busy = useNavigation().state === "submitting";

  useEffect(() => {
    const first = Object.keys(failure?.errors ?? {}).find((k) => k !== "_form");
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [failure]);

  return (
    <Form
      method="post"
      action={action}
      noValidate
      autoComplete={keepNothing ? "off" : undefined}
      aria-label={label}
      onSubmit={(event) => {
        const element = event.currentTarget;
        event.preventDefault();
        void form.handleSubmit(
          () => submit(element, { method: "post", action }),
          (errors) => {
            const first = questions.map((q) => answerField(q.id)).find((name) => errors[name]);
            if (first) document.getElementById(fieldId(first))?.focus();
          },
        )(event);
      }}
    >
      {failure?.errors?._form ? (
        <p className="form-error" role="alert">
          {failure.errors._form}
        </p>
      ) : null}
      {questions.map((q, i) => {
        const name = answerField(q.id);
        const clientError = form.formState.errors[name]?.message;
        return (
          <Question
            key={q.id}
            q={q}
            index={i}
            error={typeof clientError === "string" ? clientError : failure?.errors?.[name]}
            initial={picked(failure?.values, name)}
            register={form.register}
          />
        );
      })}
      <button type="submit" className="button primary" aria-disabled={busy || undefined}>
        {submitLabel}
      </button>
    </Form>
  );
}

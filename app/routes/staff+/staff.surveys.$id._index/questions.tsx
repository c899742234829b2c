import { Form, Link } from "@remix-run/react";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { DEFAULT_SCALE_LABELS, QUESTION_KINDS, SCALE_POINTS, questionSchema, scalePointLabel, type PublicQuestion } from "~/schemas/survey";
import type { FormFailure } from "~/utils/forms.server";

type Survey = { id: number; status: "draft" | "open" | "closed"; questions: PublicQuestion[] };

function QuestionSummary({ q }: { q: PublicQuestion }) {
  return (
    <>
      <strong>{q.label}</strong>
      {q.required ? <span className="required">必須</span> : <span className="optional">任意</span>}
      <br />
      <span className="question-kind">{QUESTION_KINDS[q.kind]}</span>
      {q.options.length ? <span className="question-kind">：{q.options.join("／")}</span> : null}
      {q.kind === "scale" ? (
        <span className="question-kind">：{SCALE_POINTS.map((p) => scalePointLabel(q.scaleLabels, p)).join("／")}</span>
      ) : null}
    </>
  );
}

function RowButton({ intent, questionId, label, danger }: { intent: string; questionId: number; label: string; danger?: boolean }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="questionId" value={questionId} />
      <button type="submit" className={danger ? "button danger small" : "button small"}>
        {label}
      </button>
    </Form>
  );
}

function scaleLabelDefaults(labels: string[]) {
  return Object.fromEntries(SCALE_POINTS.map((p, i) => [`scaleLabel${p}`, labels[i] ?? ""]));
}

export function QuestionEditor({
  survey,
  editing,
  failure,
}: {
  survey: Survey;
  editing: PublicQuestion | null;
  failure?: FormFailure;
}) {
  const draft = survey.status === "draft";
  const failedQuestion = failure?.values?.intent === "update-question" || failure?.values?.intent === "add-question";
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading">質問（{survey.questions.length}問）</h2>
      {survey.questions.length ? (
        <ol className="question-list">
          {survey.questions.map((q, i) => (
            <li key={q.id}>
              <p>
                {i + 1}. <QuestionSummary q={q} />
              </p>
              {draft ? (
                <div className="button-row">
                  {i > 0 ? <RowButton intent="move-up" questionId={q.id} label={`上へ（${i + 1}問目）`} /> : null}
                  {i < survey.questions.length - 1 ? (
                    <RowButton intent="move-down" questionId={q.id} label={`下へ（${i + 1}問目）`} />
                  ) : null}
                  <Link to={`?edit=${q.id}#question-form`} className="button small" aria-label={`${i + 1}問目を直す`}>
                    直す
                  </Link>
                  <RowButton intent="delete-question" questionId={q.id} label={`消す（${i + 1}問目）`} danger />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>質問はまだありません。</p>
      )}
      {draft ? (
        <div className="entry-form" id="question-form">
          <h3>{editing ? "質問を直す" : "質問を加える"}</h3>
          <ValidatedForm
            key={editing?.id ?? "new"}
            schema={questionSchema}
            failure={failedQuestion ? failure : undefined}
            defaults={{
              ...(editing
                ? { label: editing.label, kind: editing.kind, options: editing.options.join("\n"), required: editing.required }
                : { required: true }),
              ...scaleLabelDefaults(editing?.kind === "scale" ? editing.scaleLabels : DEFAULT_SCALE_LABELS),
            }}
            aria-label={editing ? "質問を直す" : "質問を加える"}
          >
            <input type="hidden" name="intent" value={editing ? "update-question" : "add-question"} />
            {editing ? <input type="hidden" name="questionId" value={editing.id} /> : null}
            <TextField name="label" label="質問" required maxLength={200} />
            <SelectField name="kind" label="答え方" options={QUESTION_KINDS} required />
            <TextAreaField
              name="options"
              label="選択肢"
              rows={4}
              hint="「ひとつ選ぶ」「いくつでも選ぶ」のときに、1行に1つずつ書きます"
            />
            <fieldset className="scale-labels">
              <legend>5段階のことば（「1から5の5段階」のときに使います）</legend>
              <p className="hint">それぞれの数字の横に出すことばです。20文字まで。空けておくと、数字だけになります。</p>
              {SCALE_POINTS.map((p) => (
                <TextField key={p} name={`scaleLabel${p}`} label={`${p}のことば`} maxLength={20} />
              ))}
            </fieldset>
            <CheckboxField name="required" label="答えなければ送れないようにする（必須）" />
            <div className="button-row">
              <SubmitButton>{editing ? "保存する" : "加える"}</SubmitButton>
              {editing ? <Link to={`/staff/surveys/${survey.id}`}>やめる</Link> : null}
            </div>
          </ValidatedForm>
        </div>
      ) : null}
    </section>
  );
}

import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextAreaField, TextField } from "~/components/form-fields";
import { magazineIssueSchema } from "~/schemas/magazine";

type Failure = { errors?: Record<string, string>; values?: Record<string, string | string[]> } | null | undefined;

/** The issue's own text: the same fields when creating an issue and while it is a draft. */
export function IssueForm({
  defaults,
  failure,
  submitLabel,
  intent,
}: {
  defaults: Record<string, string>;
  failure: Failure;
  submitLabel: string;
  intent?: string;
}) {
  return (
    <ValidatedForm schema={magazineIssueSchema} failure={failure} defaults={defaults} aria-label="号の内容">
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <TextField name="number" label="号数（第何号か）" required inputMode="numeric" hint="半角の数字。例: 2" />
      <TextField name="title" label="題名" required hint="表紙と各ページの上に入ります" />
      <TextField name="issueDate" label="発行日" type="date" required />
      <TextField name="coverText" label="表紙のことば" hint="120文字まで。表紙に大きく入ります" />
      <TextAreaField name="editorNote" label="編集部から" hint="600文字まで。2ページ目の「はじめに」に入ります" rows={5} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}

import { Form, Link } from "@remix-run/react";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextAreaField } from "~/components/form-fields";
import { refuseSchema } from "~/schemas/staff";
import type { FormFailure } from "~/utils/forms.server";

// 不承認 is final, so it takes two steps: the reason first, then a page that says what the
// decision means and asks once more. Both are plain forms: no JavaScript is needed.

export type RefuseConfirmation = { kind: string; id: number; title: string; reason: string };

export function RefuseForm({ kind, id, failure }: { kind: string; id: number; failure?: FormFailure | null }) {
  return (
    <details className="refuse" open={failure ? true : undefined}>
      <summary>不承認にする（最終の決定です）</summary>
      <p>直せば受け付けられる場合は、不承認ではなく「差し戻す」を使ってください。</p>
      <ValidatedForm schema={refuseSchema} failure={failure} aria-label="不承認にする">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="intent" value="refuse" />
        <TextAreaField name="refuseReason" label="不承認の理由" required rows={3} hint="事業主に、この文がそのままメールで伝わります。" />
        <SubmitButton danger>不承認にする（確認へ）</SubmitButton>
      </ValidatedForm>
    </details>
  );
}

export function RefuseConfirm({ confirm, what, backTo }: { confirm: RefuseConfirmation; what: string; backTo: string }) {
  return (
    <section className="warning refuse-confirm" aria-labelledby="refuse-confirm-title">
      <h2 id="refuse-confirm-title">{what}「{confirm.title}」を不承認にしますか</h2>
      <p>不承認は最終の決定です。事業主は直して送り直すことができません。直せば受け付けられる場合は、差し戻してください。</p>
      <p className="prose">不承認の理由: {confirm.reason}</p>
      <Form method="post">
        <input type="hidden" name="kind" value={confirm.kind} />
        <input type="hidden" name="id" value={confirm.id} />
        <input type="hidden" name="refuseReason" value={confirm.reason} />
        <button type="submit" name="intent" value="refuseConfirmed" className="button danger">
          不承認に決める
        </button>{" "}
        <Link to={backTo}>やめて戻る</Link>
      </Form>
    </section>
  );
}

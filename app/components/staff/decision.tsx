import { Form } from "@remix-run/react";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextAreaField } from "~/components/form-fields";
import { sendBackSchema } from "~/schemas/staff";
import type { FormFailure } from "~/utils/forms.server";

/** Approve at once, or send back with a reason the employer will read. */
export function DecisionForms({
  kind,
  id,
  approveLabel = "承認して公開する",
  sendBackLabel = "差し戻す",
  reasonHint = "事業主のページとメールで、この文がそのまま伝わります。",
  failure,
}: {
  kind: string;
  id: number;
  approveLabel?: string;
  sendBackLabel?: string;
  reasonHint?: string;
  failure?: FormFailure | null;
}) {
  return (
    <div className="decision">
      <Form method="post" aria-label={approveLabel}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <button type="submit" name="intent" value="approve" className="button primary">
          {approveLabel}
        </button>
      </Form>
      <ValidatedForm schema={sendBackSchema} failure={failure} aria-label={sendBackLabel}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="intent" value="sendBack" />
        <TextAreaField name="reason" label="差し戻す理由" required rows={3} hint={reasonHint} />
        <SubmitButton>{sendBackLabel}</SubmitButton>
      </ValidatedForm>
    </div>
  );
}

import { Link } from "@remix-run/react";
import { SubmitButton, ValidatedForm, useField } from "./forms";
import type { FormFailure } from "~/utils/forms.server";
import { RadioField } from "./radio-field";
import { followUpAnswerSchema } from "~/schemas/follow-up";
import { monthLabel } from "~/utils/fiscal";

type Check = { id: number; months_after: number; month: string; hires: number; job_title: string | null };

const YES_NO = { yes: "はい", no: "いいえ" };

function workingOptions(hires: number): Record<string, string> {
  if (hires === 1) return { "1": "はい、働いています", "0": "いいえ、やめました" };
  return Object.fromEntries(Array.from({ length: hires + 1 }, (_, i) => [String(hires - i), `${hires - i}人`]));
}

/** The check's number, registered so that the browser's check of the form sees it too. */
function CheckId({ id }: { id: number }) {
  const { registered } = useField("id");
  return <input type="hidden" defaultValue={id} {...registered} />;
}

/** The first check that is due, answered in a few taps; the others wait their turn. */
export function FollowUpForm({ check, others, failure }: { check: Check; others: number; failure?: FormFailure | null }) {
  return (
    <section id="follow-ups" aria-labelledby="follow-up-heading" className="follow-up">
      <h2 id="follow-up-heading">採用したあとの確認</h2>
      <p>
        <strong>
          {monthLabel(check.month)}に採用した{check.hires}人
          {check.job_title ? `（${check.job_title}）` : ""}
        </strong>
        について、採用から{check.months_after}か月の確認です。名前などは書きません。
      </p>
      <ValidatedForm key={check.id} schema={followUpAnswerSchema} failure={failure} defaults={{ id: String(check.id) }} aria-label="採用したあとの確認">
        <CheckId id={check.id} />
        <RadioField
          name="still_working"
          label={check.hires === 1 ? "まだ働いていますか" : "まだ働いているのは何人ですか"}
          options={workingOptions(check.hires)}
        />
        <RadioField name="trouble" label="困っていることはありますか" options={YES_NO} />
        <RadioField name="wants_help" label="市の手助けが必要ですか" options={YES_NO} hint="「はい」なら、市の担当者から連絡します" />
        <SubmitButton>答える</SubmitButton>
      </ValidatedForm>
      {others > 0 ? <p className="hint">ほかに、答えを待っている確認が{others}件あります。この確認に答えると、次が出ます。</p> : null}
      <p>
        <Link to="/for-employers/support">受けられる支援を調べる</Link>
      </p>
    </section>
  );
}

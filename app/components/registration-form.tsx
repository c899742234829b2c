import { SubmitButton, ValidatedForm } from "~/components/forms";
import { SelectField, TextField } from "~/components/form-fields";
import { RadioField } from "~/components/radio-field";
import { choiceField, CONTACT_KINDS, registrationSchema } from "~/schemas/registration";

type Failure = { errors?: Record<string, string>; values?: Record<string, string | string[]> } | null | undefined;

/** The trap field people never see; a robot that fills it in is ignored. */
export const REGISTRATION_TRAP = "homepage";

/**
 * Registration for an event, new or changed: a nickname, one way to reach the person, the
 * ranked employers for an interview fair (selects 第1希望…, so it works without JavaScript),
 * and the support worker's details when they register someone.
 */
export function RegistrationForm({
  action,
  maxChoices,
  employers,
  failure,
  defaults,
  submitLabel,
}: {
  action: string;
  maxChoices: number;
  employers: { id: number; name: string }[];
  failure?: Failure;
  defaults?: Record<string, string>;
  submitLabel: string;
}) {
  const schema = registrationSchema(maxChoices, employers.map((e) => e.id));
  const options = Object.fromEntries(employers.map((e) => [String(e.id), e.name]));
  const behalfOpen = Boolean(defaults?.onBehalfOrganisation || failure?.values?.onBehalfOrganisation || failure?.errors?.onBehalfPhone);
  return (
    <ValidatedForm schema={schema} failure={failure} defaults={defaults} action={action} aria-label={submitLabel}>
      <p className="warning">
        <strong>前科・前歴や、事件のことは書かないでください。</strong>名前も本名でなくてかまいません。
      </p>
      <TextField name="nickname" label="ニックネーム（イニシャルでもかまいません）" required autoComplete="nickname" maxLength={20} />
      <RadioField name="contactKind" label="連絡の方法（どちらか一つ）" options={CONTACT_KINDS} />
      <TextField name="contact" label="電話番号またはメールアドレス" required hint="メールなら、申し込みの内容と、繰り上がりのお知らせが届きます。" />
      {maxChoices > 0 ? (
        <fieldset>
          <legend>話をしたい会社（{maxChoices}社まで、希望の順に）</legend>
          {Array.from({ length: maxChoices }, (_, i) => (
            <SelectField
              key={i}
              name={choiceField(i + 1)}
              label={`第${i + 1}希望`}
              options={options}
              required={i === 0}
              placeholder={i === 0 ? "選んでください" : "選ばない"}
            />
          ))}
        </fieldset>
      ) : null}
      <details open={behalfOpen || undefined}>
        <summary>支援者が本人の代わりに申し込むとき</summary>
        <p>保護観察官、刑務所や施設の職員、ハローワークの方などが申し込むときは、所属と電話番号を書いてください。上のニックネームには、本人のニックネームかイニシャルを書きます。</p>
        <TextField name="onBehalfOrganisation" label="支援者の所属" maxLength={60} />
        <TextField name="onBehalfPhone" label="支援者の電話番号" type="tel" inputMode="tel" />
      </details>
      <div className="trap" aria-hidden="true">
        <label htmlFor={`registration-${REGISTRATION_TRAP}`}>この欄には何も書かないでください</label>
        <input id={`registration-${REGISTRATION_TRAP}`} type="text" name={REGISTRATION_TRAP} tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}

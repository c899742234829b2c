import { FORM_TEXTS, SubmitButton, ValidatedForm } from "~/components/forms";
import { Ruby } from "~/components/ruby-text";
import { SelectField, TextField } from "~/components/form-fields";
import { RadioField } from "~/components/radio-field";
import { choiceField, CONTACT_KINDS, registrationSchema } from "~/schemas/registration";

type Failure = { errors?: Record<string, string>; values?: Record<string, string | string[]> } | null | undefined;

const TEXTS = {
  nickname: "ニックネーム（イニシャルでもかまいません）",
  contactKind: "連絡の方法（どちらか一つ）",
  contact: "電話番号またはメールアドレス",
  choicesBefore: "話をしたい会社（",
  choicesAfter: "社まで、希望の順に）",
  behalf: "支援者が本人の代わりに申し込むとき",
  organisation: "支援者の所属",
  phone: "支援者の電話番号",
  trap: "この欄には何も書かないでください",
} as const;

const choiceLabel = (n: number) => `第${n}希望`;

/** The form's labels, legends and summary, for the readings of the page that shows it. */
export function registrationFormTexts(maxChoices: number): string[] {
  const choices = Array.from({ length: maxChoices }, (_, i) => choiceLabel(i + 1));
  return [...Object.values(TEXTS), ...Object.values(CONTACT_KINDS), ...choices, ...FORM_TEXTS];
}

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
      <TextField name="nickname" label={TEXTS.nickname} required autoComplete="nickname" maxLength={20} />
      <RadioField name="contactKind" label={TEXTS.contactKind} options={CONTACT_KINDS} />
      <TextField name="contact" label={TEXTS.contact} required hint="メールなら、申し込みの内容と、繰り上がりのお知らせが届きます。" />
      {maxChoices > 0 ? (
        <fieldset>
          <legend>
            <Ruby text={TEXTS.choicesBefore} />
            {maxChoices}
            <Ruby text={TEXTS.choicesAfter} />
          </legend>
          {Array.from({ length: maxChoices }, (_, i) => (
            <SelectField
              key={i}
              name={choiceField(i + 1)}
              label={choiceLabel(i + 1)}
              options={options}
              required={i === 0}
              placeholder={i === 0 ? "選んでください" : "選ばない"}
            />
          ))}
        </fieldset>
      ) : null}
      <details open={behalfOpen || undefined}>
        <summary>
          <Ruby text={TEXTS.behalf} />
        </summary>
        <p>保護観察官、刑務所や施設の職員、ハローワークの方などが申し込むときは、所属と電話番号を書いてください。上のニックネームには、本人のニックネームかイニシャルを書きます。</p>
        <TextField name="onBehalfOrganisation" label={TEXTS.organisation} maxLength={60} />
        <TextField name="onBehalfPhone" label={TEXTS.phone} type="tel" inputMode="tel" />
      </details>
      <div className="trap" aria-hidden="true">
        <label htmlFor={`registration-${REGISTRATION_TRAP}`}>
          <Ruby text={TEXTS.trap} />
        </label>
        <input id={`registration-${REGISTRATION_TRAP}`} type="text" name={REGISTRATION_TRAP} tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}

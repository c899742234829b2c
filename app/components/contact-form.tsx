import { FORM_TEXTS, SubmitButton, ValidatedForm } from "~/components/forms";
import { Ruby } from "~/components/ruby-text";
import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { contactSchema, PREFERRED_TIMES, TRAP_FIELD } from "~/schemas/contact";

// "Any time" is the empty choice at the top, so it is not listed twice.
const TIME_CHOICES = Object.fromEntries(Object.entries(PREFERRED_TIMES).filter(([key]) => key !== "any"));

const TEXTS = {
  name: "お名前（ニックネームでもかまいません）",
  reach: "連絡先（電話かメールの、どちらか一つ）",
  phone: "電話番号",
  time: "連絡してほしい時間",
  message: "伝えたいこと（400文字まで）",
  trap: "この欄には何も書かないでください",
} as const;

/** The form's labels and legend, for the readings of the page that shows it. */
export const CONTACT_FORM_TEXTS: readonly string[] = [...Object.values(TEXTS), ...FORM_TEXTS];

type Failure = { errors?: Record<string, string>; values?: Record<string, string | string[]> } | null | undefined;

/** The contact request form; it posts to /jobs/:id/contact from the posting and from that page. */
export function ContactForm({ jobId, failure }: { jobId: number; failure?: Failure }) {
  return (
    <ValidatedForm
      schema={contactSchema}
      failure={failure}
      action={`/jobs/${jobId}/contact`}
      aria-label="市の担当者への連絡のお願い"
    >
      <TextField name="name" label={TEXTS.name} required autoComplete="nickname" maxLength={40} />
      <fieldset>
        <legend>
          <Ruby text={TEXTS.reach} />
        </legend>
        <TextField
          name="phone"
          label={TEXTS.phone}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          hint="両方書いたときは、電話で連絡します。"
        />
        <TextField name="email" label="メールアドレス" type="email" autoComplete="email" inputMode="email" />
      </fieldset>
      <SelectField name="preferredTime" label={TEXTS.time} options={TIME_CHOICES} placeholder={PREFERRED_TIMES.any} />
      <p className="warning" id="contact-message-warning">
        <strong>前科・前歴や、事件のことは書かないでください。</strong>
        それは、担当者と会って話すときに、話したいことだけを話せば大丈夫です。
      </p>
      <TextAreaField
        name="message"
        label={TEXTS.message}
        rows={3}
        hint="例: 見学をしてみたい。寮のことを聞きたい。"
      />
      <div className="trap" aria-hidden="true">
        <label htmlFor={`contact-${TRAP_FIELD}`}>
          <Ruby text={TEXTS.trap} />
        </label>
        <input id={`contact-${TRAP_FIELD}`} type="text" name={TRAP_FIELD} tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton>市の担当者に送る</SubmitButton>
    </ValidatedForm>
  );
}

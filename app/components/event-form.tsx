import { SubmitButton, ValidatedForm } from "~/components/forms";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { eventSchema, REGISTRATION_MODES } from "~/schemas/event";
import type { FormFailure } from "~/utils/forms.server";
import { EVENT_KINDS } from "~/utils/labels";

type Choice = { id: number; name: string };

/** The employers taking part: one checkbox each, all under the name participantIds. */
function ParticipantChoices({ choices, chosen }: { choices: Choice[]; chosen: string[] }) {
  if (choices.length === 0) return <p>承認済みの事業主がまだいません。</p>;
  return (
    <fieldset>
      <legend>参加する事業主</legend>
      <div className="participant-choices">
        {choices.map((c) => (
          <div key={c.id} className="field checkbox">
            <input
              type="checkbox"
              id={`participant-${c.id}`}
              name="participantIds"
              value={String(c.id)}
              defaultChecked={chosen.includes(String(c.id))}
            />
            <label htmlFor={`participant-${c.id}`}>{c.name}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function EventForm({
  defaults,
  failure,
  choices,
  submitLabel,
}: {
  defaults: Record<string, string | string[]>;
  failure?: FormFailure | null;
  choices: Choice[];
  submitLabel: string;
}) {
  // After a refused submit, the ticks come back from what was sent, not from the saved event.
  const sent = failure?.values?.participantIds;
  const chosen = failure ? (Array.isArray(sent) ? sent : sent ? [sent] : []) : ((defaults.participantIds as string[]) ?? []);
  return (
    <ValidatedForm schema={eventSchema} failure={failure} defaults={defaults} aria-label={submitLabel}>
      <SelectField name="kind" label="種類" options={EVENT_KINDS} required />
      <TextField name="title" label="名前" required maxLength={100} hint="例: 企業説明会・個別面談会（12月）" />
      <TextAreaField name="description" label="内容" rows={4} />
      <TextField name="day" label="日付" type="date" required />
      <TextField name="startTime" label="始まる時刻" type="time" required />
      <TextField name="endTime" label="終わる時刻" type="time" required />
      <TextField name="venue" label="会場" required maxLength={100} />
      <TextField name="address" label="会場の住所" required maxLength={200} hint="地図のリンクに使います" />
      <TextField name="capacity" label="定員（人）" inputMode="numeric" hint="定めないときは空けておきます" />
      <TextAreaField name="howToJoin" label="参加の申し込み方法" rows={3} />
      <TextField name="whatToBring" label="持ち物" />
      <ParticipantChoices choices={choices} chosen={chosen} />
      <fieldset>
        <legend>申し込み</legend>
        <SelectField name="registrationMode" label="申し込みの受け付け" options={REGISTRATION_MODES} placeholder={REGISTRATION_MODES.none} />
        <TextField name="registrationDeadline" label="申し込みの締め切り日" type="date" hint="この日の終わりまで受け付けます。空けておくと、始まるまで受け付けます。" />
        <TextField name="maxChoices" label="面談を希望できる会社の数" inputMode="numeric" hint="面談を受け付けるときだけ使います（空けておくと3社）" />
        <CheckboxField name="waitingList" label="定員をこえたら、キャンセル待ちを受け付ける" />
      </fieldset>
      <TextField name="pastReason" label="終わった催しを記録する理由" hint="すでに終わった催しを記録として作るときだけ書きます" />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}

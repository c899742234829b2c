import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { EMPLOYER_EVENT_KINDS } from "~/schemas/employer";

/** The fields of an employer's seminar or tour (employerEventSchema), new or corrected. */
export function EmployerEventFields() {
  return (
    <>
      <fieldset>
        <legend>どんな会か</legend>
        <SelectField name="kind" label="種類" options={EMPLOYER_EVENT_KINDS} required />
        <TextField name="title" label="名前" required hint="例: 建設の仕事がわかる職場見学会" />
        <TextAreaField name="description" label="内容" hint="何をするのか、どんな人に来てほしいか" />
      </fieldset>
      <fieldset>
        <legend>日時</legend>
        <TextField name="day" label="日にち" type="date" required />
        <TextField name="start_time" label="始まる時間" type="time" required hint="例: 13:30" />
        <TextField name="end_time" label="終わる時間" type="time" required hint="例: 15:00" />
      </fieldset>
      <fieldset>
        <legend>場所</legend>
        <TextField name="venue" label="場所の名前" required hint="例: 本社 2階 会議室" />
        <TextField name="address" label="場所の住所" required hint="例: 熊本市北区植木町1-1" />
      </fieldset>
      <fieldset>
        <legend>参加のしかた</legend>
        <TextField name="capacity" label="定員" inputMode="numeric" hint="人数（半角の数字）。決めていなければ空けておいてください" />
        <TextField name="what_to_bring" label="持ち物" hint="例: 筆記用具、動きやすい服" />
        <TextAreaField name="how_to_join" label="申し込みのしかた" rows={3} hint="例: 保護観察官を通して申し込んでください" />
      </fieldset>
    </>
  );
}

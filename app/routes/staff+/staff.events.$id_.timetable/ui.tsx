import { SubmitButton, ValidatedForm } from "~/components/forms";
import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import type { Slot } from "~/models/interview-schedule";
import { minuteText, slotText, type Timetable } from "~/models/timetable-text";
import { moveInterviewSchema, swapInterviewsSchema, timetableSettingsSchema } from "~/schemas/timetable";
import type { FormFailure } from "~/utils/forms.server";

type Row = {
  id: number;
  slot: number;
  table_no: number;
  rank: number | null;
  employer_name: string;
  nickname: string | null;
};

type TimetableView = Pick<Timetable, "tables" | "builtAt" | "publishedAt"> & { slots: Slot[] };

export function settingsDefaults(timetable: Timetable | null) {
  if (!timetable) return { start: "13:00", end: "16:00", slotMinutes: "20", tables: "", breaks: "" };
  return {
    start: minuteText(timetable.startMinute),
    end: minuteText(timetable.endMinute),
    slotMinutes: String(timetable.slotMinutes),
    tables: String(timetable.tables),
    breaks: timetable.breaks.map((b) => `${minuteText(b.startMinute)}-${minuteText(b.endMinute)}`).join("\n"),
  };
}

export function SettingsForm({ defaults, failure }: { defaults: Record<string, string>; failure: FormFailure | null | undefined }) {
  return (
    <ValidatedForm schema={timetableSettingsSchema} defaults={defaults} failure={failure} aria-label="面談の時間とテーブル">
      <input type="hidden" name="intent" value="settings" />
      <TextField name="start" label="面談の始まり" type="time" required hint="例: 13:00" />
      <TextField name="end" label="面談の終わり" type="time" required hint="例: 16:00" />
      <TextField name="slotMinutes" label="1回の面談の長さ（分）" inputMode="numeric" required hint="例: 20" />
      <TextField name="tables" label="テーブルの数" inputMode="numeric" required hint="事業主の数と同じにすると、事業主は一日同じテーブルにいます" />
      <TextAreaField name="breaks" label="休憩" rows={2} hint="1行に一つ。例: 14:20-14:40" />
      <SubmitButton>保存する</SubmitButton>
    </ValidatedForm>
  );
}

export function TimetableGrid({ timetable, interviews }: { timetable: TimetableView; interviews: Row[] }) {
  const tables = Array.from({ length: timetable.tables }, (_, i) => i + 1);
  const at = new Map(interviews.map((i) => [`${i.slot}-${i.table_no}`, i]));
  return (
    <div className="table-scroll">
      <table className="timetable">
        <caption className="visually-hidden">時間（縦）とテーブル（横）ごとの面談</caption>
        <thead>
          <tr>
            <th scope="col">時間</th>
            {tables.map((t) => (
              <th scope="col" key={t}>
                テーブル {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {timetable.slots.map((slot) => (
            <tr key={slot.index}>
              <th scope="row">{slotText(slot)}</th>
              {tables.map((t) => {
                const i = at.get(`${slot.index}-${t}`);
                return (
                  <td key={t}>
                    {i ? (
                      <>
                        <span className="employer">{i.employer_name}</span>
                        <br />
                        {i.nickname ?? "（名前なし）"} さん{i.rank ? `（第${i.rank}希望）` : ""}
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function interviewLabel(timetable: TimetableView, i: Row) {
  return `${slotText(timetable.slots[i.slot])} テーブル${i.table_no} ${i.employer_name}・${i.nickname ?? "（名前なし）"} さん`;
}

export function ChangeForms({
  timetable,
  interviews,
  failure,
}: {
  timetable: TimetableView;
  interviews: Row[];
  failure: FormFailure | null | undefined;
}) {
  const options = Object.fromEntries(interviews.map((i) => [String(i.id), interviewLabel(timetable, i)]));
  const slots = Object.fromEntries(timetable.slots.map((s) => [String(s.index), slotText(s)]));
  const tables = Object.fromEntries(
    Array.from({ length: timetable.tables }, (_, i) => [String(i + 1), `テーブル ${i + 1}`]),
  );
  const intent = failure?.values.intent;
  return (
    <>
      <h2>手で直す</h2>
      <p>ほかの面談と時間やテーブルが重なるときは、直せません。</p>
      <ValidatedForm schema={moveInterviewSchema} failure={intent === "move" ? failure : null} aria-label="面談を動かす">
        <h3>一つの面談を動かす</h3>
        <input type="hidden" name="intent" value="move" />
        <SelectField name="interviewId" label="動かす面談" options={options} required />
        <SelectField name="slot" label="新しい時間" options={slots} required />
        <SelectField name="table" label="新しいテーブル" options={tables} required />
        <SubmitButton>動かす</SubmitButton>
      </ValidatedForm>
      <ValidatedForm schema={swapInterviewsSchema} failure={intent === "swap" ? failure : null} aria-label="面談を入れかえる">
        <h3>二つの面談の時間とテーブルを入れかえる</h3>
        <input type="hidden" name="intent" value="swap" />
        <SelectField name="first" label="一つ目の面談" options={options} required />
        <SelectField name="second" label="二つ目の面談" options={options} required />
        <SubmitButton>入れかえる</SubmitButton>
      </ValidatedForm>
    </>
  );
}

import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { SURVEY_AUDIENCES } from "~/schemas/survey";
import { formatDate } from "~/utils/dates";

export function eventChoices(events: Array<{ id: number; title: string; starts_at: string }>) {
  return Object.fromEntries(events.map((e) => [String(e.id), `${formatDate(e.starts_at)} ${e.title}`]));
}

/** The fields of a survey itself (its questions are edited one by one). */
export function SurveyFields({ events }: { events: Record<string, string> }) {
  return (
    <>
      <TextField name="title" label="アンケートの名前" required maxLength={100} hint="例: 企業説明会のアンケート（12月）" />
      <TextAreaField name="description" label="はじめのあいさつ" rows={3} hint="答える人に最初に見せる文です" />
      <SelectField name="audience" label="答える人" options={SURVEY_AUDIENCES} required />
      <SelectField
        name="eventId"
        label="説明会・セミナー"
        options={events}
        placeholder="結びつけない"
        hint="その回の参加者に答えてもらうときに選びます"
      />
    </>
  );
}

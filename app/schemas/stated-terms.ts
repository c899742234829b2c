import { text } from "./fields";

// The items a job offer must state under the Employment Security Act's rules as of April
// 2024 (職業安定法施行規則 第4条の2 第3項), beyond the ones the form has always had (the work,
// pay, hours, days off, place). See docs/decisions/0014-items-a-job-offer-states.md.
// The social insurance item is the form's existing 「加入する保険」 field, required since.

export const STATED_TERMS = [
  {
    name: "probation_terms",
    label: "試用期間",
    hint: "あるか、ないか。あるときは長さと、その間の条件（例: あり・3か月。その間も給与と条件は同じ／なし）",
  },
  {
    name: "contract_terms",
    label: "契約の期間と更新",
    hint: "例: 期間の定めなし／1年ごと。更新あり（仕事の量と勤務の成績で決めます）。更新は3回まで",
  },
  {
    name: "overtime",
    label: "残業（時間外労働）",
    hint: "例: あり（月に平均10時間ぐらい）／なし",
  },
  {
    name: "smoking_measures",
    label: "たばこの煙を防ぐ対策（受動喫煙の対策）",
    hint: "例: 屋内は禁煙（屋外に喫煙所あり）／敷地の中はすべて禁煙",
  },
  {
    name: "workplace_change_scope",
    label: "働く場所が変わる範囲",
    hint: "例: 変更なし／会社の決める熊本県内の現場",
  },
  {
    name: "duties_change_scope",
    label: "仕事の内容が変わる範囲",
    hint: "例: 変更なし／会社の仕事全般",
  },
] as const;

export type StatedTermName = (typeof STATED_TERMS)[number]["name"];

/** What a posting states for each item; null on postings made before the items were asked. */
export type StatedTerms = Record<StatedTermName, string | null>;

/** Shown wherever a posting made before these items has not filled one yet. */
export const NOT_FILLED = "未記入";

export const STATED_TERM_MAX = 300;

export function statedTermFields() {
  return Object.fromEntries(
    STATED_TERMS.map(({ name, label }) => [name, text(label, { max: STATED_TERM_MAX, multiline: true })]),
  ) as Record<StatedTermName, ReturnType<typeof text>>;
}

/** The items of a row, a revision or a snapshot written before the items existed (then null). */
export function statedTermsOf(source: Partial<Record<StatedTermName, string | null | undefined>>): StatedTerms {
  return Object.fromEntries(STATED_TERMS.map(({ name }) => [name, source[name] || null])) as StatedTerms;
}

/** True when any item is missing (a posting made before the items were asked). */
export function lacksStatedTerms(terms: StatedTerms, insurance: string): boolean {
  return insurance.trim() === "" || STATED_TERMS.some(({ name }) => !terms[name]);
}

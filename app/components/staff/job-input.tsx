import { OFFENCE_FIELDS } from "~/schemas/job";
import { STATED_TERMS } from "~/schemas/stated-terms";
import { formatDate } from "~/utils/dates";
import { ACCEPTANCES, EMPLOYMENT_TYPES, INDUSTRIES, OFFENCE_CATEGORIES, PAY_UNITS, WARDS } from "~/utils/labels";

// A posting's fields (as in JobInput) under their Japanese names, for the reviewer's
// field-by-field difference of a revision.

const LABELS: Record<string, string> = {
  title: "職種",
  description: "仕事の内容",
  employment_type: "雇用の形",
  industry: "業種",
  openings: "募集する人数",
  licenses: "必要な免許・資格",
  no_experience: "未経験でもよい",
  qualification_support: "資格を取る支援あり",
  workplace_address: "働く場所の住所",
  ward: "働く場所の区",
  pay_unit: "給与の形",
  pay_min: "給与（いちばん低い額）",
  pay_max: "給与（いちばん高い額）",
  pay_note: "給与の補足",
  hours: "働く時間",
  days_off: "休日",
  insurance: "加入する保険",
  benefits: "その他の待遇",
  housing: "寮・社宅あり",
  meals: "食事あり",
  guarantor_not_needed: "保証人がいなくてもよい",
  employer_guarantor: "会社が身元引受人になれる",
  facility_interview: "施設の中で面接できる",
  probation_ok: "保護観察中・仮釈放中でもよい",
  how_to_apply: "応募のしかた",
  ...Object.fromEntries(STATED_TERMS.map(({ name, label }) => [name, label])),
  end_date: "掲載の終わる日",
  ...Object.fromEntries(OFFENCE_FIELDS.map(({ category, name }) => [name, `罪名: ${OFFENCE_CATEGORIES[category]}`])),
};

export function jobFieldLabel(field: string): string {
  return LABELS[field] ?? field;
}

export function formatJobValue(field: string, value: unknown, payUnit?: string): string {
  if (value === null || value === undefined || value === "") return "（なし）";
  if (typeof value === "boolean") return value ? "はい" : "いいえ";
  if (field === "employment_type") return EMPLOYMENT_TYPES[value as keyof typeof EMPLOYMENT_TYPES] ?? String(value);
  if (field === "industry") return INDUSTRIES[value as keyof typeof INDUSTRIES] ?? String(value);
  if (field === "ward") return WARDS[value as keyof typeof WARDS] ?? String(value);
  if (field === "pay_unit") return PAY_UNITS[value as keyof typeof PAY_UNITS] ?? String(value);
  if (field === "pay_min" || field === "pay_max") {
    const unit = PAY_UNITS[payUnit as keyof typeof PAY_UNITS];
    return `${unit ? `${unit} ` : ""}${Number(value).toLocaleString("ja-JP")}円`;
  }
  if (field === "openings") return `${value}人`;
  if (field === "end_date") return formatDate(String(value));
  if (field.startsWith("offence_")) return ACCEPTANCES[value as keyof typeof ACCEPTANCES] ?? String(value);
  return String(value);
}

type Change = { field: string; before: unknown; after: unknown; units?: { before: string; after: string } };

export function RevisionDiff({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <p>変わった項目はありません。</p>;
  return (
    <div className="table-scroll">
      <table className="diff">
        <caption className="visually-hidden">変わった項目</caption>
        <thead>
          <tr>
            <th scope="col">項目</th>
            <th scope="col">いま公開している内容</th>
            <th scope="col">変更後</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{jobFieldLabel(c.field)}</th>
              <td>
                <del>{formatJobValue(c.field, c.before, c.units?.before)}</del>
              </td>
              <td>
                <ins>{formatJobValue(c.field, c.after, c.units?.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

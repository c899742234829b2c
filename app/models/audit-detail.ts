import { formatJobValue, jobFieldLabel } from "~/components/staff/job-input";
import { formatDate, formatDateTime } from "~/utils/dates";
import { INDUSTRIES, REGISTRATIONS, WARDS } from "~/utils/labels";

// The detail an audit entry stores (JSON, as it was written) read as Japanese lines:
// 「理由: …」 or, for a change, 「給与の形: 時給 → 日給」.

export type DetailLine = { label: string; value?: string; before?: string; after?: string };

const FIELD_LABELS: Record<string, string> = {
  reason: "理由",
  note: "メモ",
  title: "題名",
  label: "質問",
  question: "質問の番号",
  direction: "動かした向き",
  number: "号",
  issue: "号",
  destination: "配った先",
  copies: "部数",
  sentOn: "配った日",
  arrested: "検挙人員",
  repeatOffenders: "再犯者数",
  repeat_offenders: "再犯者数",
  from: "変更前",
  to: "変更後",
  role: "役割",
  email: "メールアドレス",
  employerId: "事業主の番号",
  jobId: "求人の番号",
  jobIds: "求人の番号",
  fields: "伝えた項目",
  recipients: "送った先",
  resend: "もう一度送った",
  mode: "並べ方",
  registration: "協力雇用主の登録",
  confirmedOn: "確認した日",
  fiscalYear: "年度",
  filter: "しぼりこみ",
  rows: "件数",
  address: "接続元",
  status: "状態",
  name: "会社名",
  nameKana: "ふりがな",
  industry: "業種",
  postalCode: "郵便番号",
  ward: "区",
  contactName: "担当者",
  phone: "電話番号",
  website: "ホームページ",
  employeeCount: "従業員数",
  profile: "会社の紹介",
  message: "代表者からのメッセージ",
  attendees: "参加者数",
  before: "変更前",
};

const SENT_FIELDS: Record<string, string> = {
  sendName: "名前・ニックネーム",
  sendContact: "連絡先",
  sendPreferredTime: "連絡してよい時間",
  sendMessage: "ひとこと",
};

const ENUMS: Record<string, Record<string, string>> = {
  industry: INDUSTRIES,
  ward: WARDS,
  registration: REGISTRATIONS,
  role: { staff: "市の職員", employer: "事業主" },
  direction: { up: "上へ", down: "下へ" },
};

function label(key: string): string {
  return FIELD_LABELS[key] ?? jobFieldLabel(key);
}

export function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "（なし）";
  if (typeof value === "boolean") return value ? "はい" : "いいえ";
  if (key === "fields" && Array.isArray(value)) return value.map((v) => SENT_FIELDS[String(v)] ?? String(v)).join("、") || "（なし）";
  if (Array.isArray(value)) return value.map((v) => formatValue(key, v)).join("、") || "（なし）";
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${label(k)}: ${formatValue(k, v)}`)
      .join("、");
  }
  const text = String(value);
  if (ENUMS[key]?.[text]) return ENUMS[key][text];
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTime(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  if (typeof value === "number" && key === "copies") return `${value}部`;
  return formatJobValue(key, value);
}

function isChange(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && (("before" in value && "after" in value) || ("from" in value && "to" in value));
}

function changeLine(key: string, value: Record<string, unknown>): DetailLine {
  const before = "before" in value ? value.before : value.from;
  const after = "after" in value ? value.after : value.to;
  return { label: label(key), before: formatValue(key, before), after: formatValue(key, after) };
}

/** The stored JSON as lines; text that is not JSON is shown as it is. */
export function detailLines(detail: string): DetailLine[] {
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return detail ? [{ label: "内容", value: detail }] : [];
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  const entries = Object.entries(value as Record<string, unknown>);
  // A top-level {from, to} is one change of the record itself (a setting, an end date).
  if (isChange(value)) return [{ ...changeLine("value", value as Record<string, unknown>), label: "値" }];
  const lines: DetailLine[] = [];
  for (const [key, v] of entries) {
    if (key === "changes" && v && typeof v === "object") {
      for (const [field, c] of Object.entries(v as Record<string, unknown>)) {
        if (isChange(c)) lines.push(changeLine(field, c));
      }
    } else if (isChange(v)) {
      lines.push(changeLine(key, v));
    } else {
      lines.push({ label: label(key), value: formatValue(key, v) });
    }
  }
  return lines;
}

/** The lines as text, one a line, for the CSV export. */
export function detailLinesText(lines: DetailLine[]): string {
  return lines
    .map((l) => (l.value !== undefined ? `${l.label}: ${l.value}` : `${l.label}: ${l.before} → ${l.after}`))
    .join("\n");
}

import { formatDateTime } from "~/utils/dates";
import { detailLines, detailLinesText, type DetailLine } from "./audit-detail";
import { auditSentence, ROLE_LABELS, sentenceParts, targetHref, targetText, AUDIT_KINDS } from "./audit-sentences";

// One audit entry as staff read it, on the page and in the CSV alike.

export type AuditEntryRow = {
  id: number;
  actor_user_id: number | null;
  actor_email: string;
  action: string;
  entity_type: string;
  entity_id: string;
  detail: string;
  created_at: string;
  actor_name: string | null;
  actor_role: string | null;
  actor_employer: string | null;
  target_name: string | null;
  target_job_id: number | null;
};

export type AuditEntryView = {
  id: number;
  when: string;
  who: string;
  role: string;
  kind: string;
  sentence: string;
  before: string;
  target: string;
  after: string;
  href: string | null;
  details: DetailLine[];
};

function whoOf(row: AuditEntryRow): { who: string; role: string } {
  if (row.actor_user_id === null) {
    if (row.actor_email === "system") return { who: "システム（コマンド）", role: "" };
    return { who: `ログイン前の人（${row.actor_email}）`, role: "" };
  }
  const role = ROLE_LABELS[row.actor_role ?? ""] ?? "";
  if (row.actor_role === "employer") {
    return { who: `${row.actor_employer ?? "（消された事業主）"}（${row.actor_email}）`, role };
  }
  return { who: row.actor_name ? `${row.actor_name}（${row.actor_email}）` : row.actor_email, role };
}

export function viewEntry(row: AuditEntryRow): AuditEntryView {
  const target = targetText(row.entity_type, row.entity_id, row.target_name);
  const [before, after] = sentenceParts(row.action);
  return {
    id: row.id,
    when: formatDateTime(row.created_at),
    ...whoOf(row),
    kind: AUDIT_KINDS[auditSentence(row.action).kind],
    sentence: `${before}${target}${after}`,
    before,
    target,
    after,
    href: targetHref(row.entity_type, row.entity_id, { jobId: row.target_job_id }),
    details: detailLines(row.detail),
  };
}

export const AUDIT_CSV_HEADERS = ["番号", "日時（日本時間）", "だれが", "役割", "種類", "操作", "対象", "内容"];

export function csvRow(view: AuditEntryView): string[] {
  return [String(view.id), view.when, view.who, view.role, view.kind, view.sentence, view.target, detailLinesText(view.details)];
}

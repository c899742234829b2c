import type { EventStatus } from "../../../db/types";

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  draft: "下書き",
  pending: "審査待ち",
  published: "公開中",
  rejected: "差し戻し",
  cancelled: "中止",
};

export const CONTACT_STATUS_LABELS = { new: "未対応", handled: "対応済み" } as const;

/** How a handled request ended (contact_requests.outcome). */
export const CONTACT_OUTCOME_LABELS = { forwarded: "事業主に伝えた", done: "対応済み", unable: "対応できなかった" } as const;

export function contactStateLabel(r: { status: "new" | "handled"; outcome: keyof typeof CONTACT_OUTCOME_LABELS | null }): string {
  return r.outcome ? CONTACT_OUTCOME_LABELS[r.outcome] : CONTACT_STATUS_LABELS[r.status];
}

export const QUEUE_KIND_LABELS = {
  employer: "事業主の利用申し込み",
  job: "新しい求人",
  revision: "公開中の求人の変更",
  event: "事業主のセミナー・見学会",
} as const;

import type { EventKind, EventStatus } from "../../db/types";

// What an employer may do with an event, and the one word that says where it stands. Kept
// apart from the queries so the list, the dashboard and the event's own page say the same.

export const EMPLOYER_EVENT_STATES = {
  draft: "下書き",
  pending: "市の確認待ち",
  published: "公開中",
  rejected: "差し戻し",
  refused: "不承認",
  cancelled: "中止・取り下げ",
  ended: "終了",
  lapsed: "公開されないまま日にちが過ぎました",
} as const;

export type EmployerEventState = keyof typeof EMPLOYER_EVENT_STATES;

type EventLike = {
  status: EventStatus;
  refused_at: string | null;
  starts_at: string;
  ends_at: string;
};

/** Over once it has ended, as on the public schedule. */
export function hasEnded(event: Pick<EventLike, "ends_at">, nowIso: string) {
  return event.ends_at < nowIso;
}

/**
 * Where the event stands for its employer. A cancelled or refused one keeps that word even
 * after its day; a public one that has ended reads 終了, and a proposal whose day came before
 * it was public says so.
 */
export function employerEventState(event: EventLike, nowIso: string): EmployerEventState {
  if (event.status === "cancelled") return "cancelled";
  if (event.refused_at !== null) return "refused";
  // Only what was public took place: a proposal still waiting or sent back on its day did not.
  if (hasEnded(event, nowIso)) return event.status === "published" ? "ended" : "lapsed";
  return event.status;
}

/**
 * The employer's own proposal may still be corrected: waiting, sent back, or already public
 * (an edit sends it back to review). Never once it has begun, and never when refused.
 */
export function isEditableByEmployer(event: EventLike, nowIso: string) {
  if (event.starts_at <= nowIso) return false;
  if (event.status === "pending" || event.status === "published") return true;
  return event.status === "rejected" && event.refused_at === null;
}

/** Not yet decided, or sent back, and not yet begun: the employer may take it back. */
export function isWithdrawableByEmployer(event: EventLike, nowIso: string) {
  if (event.starts_at <= nowIso) return false;
  return event.status === "pending" || (event.status === "rejected" && event.refused_at === null);
}

/** One line of the employer's event list, as the list and the dashboard show it. */
export type EmployerEventItem = {
  id: number;
  title: string;
  kind: EventKind;
  startsAt: string;
  endsAt: string;
  venue: string;
  state: EmployerEventState;
  /** false: a city event the employer takes part in. */
  own: boolean;
  /** Why staff sent it back or refused it ("" otherwise). */
  reason: string;
};

export function toEmployerEventItem(
  row: EventLike & { id: number; title: string; kind: EventKind; venue: string; status_reason: string; organizer_employer_id: number | null },
  employerId: number,
  nowIso: string,
): EmployerEventItem {
  const state = employerEventState(row, nowIso);
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    venue: row.venue,
    state,
    own: row.organizer_employer_id === employerId,
    reason: state === "rejected" || state === "refused" || (state === "lapsed" && row.status === "rejected") ? row.status_reason : "",
  };
}

/** Upcoming ones soonest first; ended ones apart, the latest first. */
export function splitByTime<T extends { ends_at: string }>(rows: T[], nowIso: string) {
  return {
    upcoming: rows.filter((r) => !hasEnded(r, nowIso)),
    past: rows.filter((r) => hasEnded(r, nowIso)).reverse(),
  };
}

// Japanese labels for the codes the database stores. One place, used by pages, forms and print.
import type {
  Acceptance,
  EmploymentType,
  EventKind,
  Industry,
  OffenceCategory,
  PayUnit,
  Registration,
  Ward,
} from "../../db/types";

export const WARDS: Record<Ward, string> = {
  chuo: "中央区",
  higashi: "東区",
  nishi: "西区",
  minami: "南区",
  kita: "北区",
  outside: "熊本市外",
};

export const INDUSTRIES: Record<Industry, string> = {
  construction: "建設業",
  care: "介護・福祉",
  manufacturing: "製造業",
  food: "飲食・食品",
  transport: "運輸・物流",
  cleaning: "清掃・ビル管理",
  agriculture: "農業",
  retail: "小売・サービス",
  other: "その他",
};

export const EMPLOYMENT_TYPES: Record<EmploymentType, string> = {
  full_time: "正社員",
  contract: "契約社員",
  part_time: "パート",
  temporary: "アルバイト",
  day_labor: "日雇い",
};

export const PAY_UNITS: Record<PayUnit, string> = {
  hour: "時給",
  day: "日給",
  month: "月給",
};

export const REGISTRATIONS: Record<Registration, string> = {
  registered: "保護観察所に登録済み",
  in_progress: "登録の手続き中",
  not_yet: "まだ登録していない",
};

export const OFFENCE_CATEGORIES: Record<OffenceCategory, string> = {
  theft: "窃盗",
  fraud: "詐欺・横領",
  violence: "暴行・傷害",
  robbery: "強盗",
  sexual: "性犯罪",
  drugs: "薬物",
  traffic: "交通事件",
  arson: "放火",
  homicide: "殺人",
};

export const ACCEPTANCES: Record<Acceptance, string> = {
  ok: "可",
  consult: "要相談",
  no: "不可",
};

export const EVENT_KINDS: Record<EventKind, string> = {
  company_fair: "企業説明会・個別面談会",
  company_seminar: "企業セミナー",
  workplace_tour: "職場見学会",
  employer_seminar: "協力雇用主制度セミナー",
  course: "講座",
};

export function keysOf<T extends string>(labels: Record<T, string>): [T, ...T[]] {
  return Object.keys(labels) as [T, ...T[]];
}

export const CITY_OFFICE = {
  name: "熊本市 文化市民局 市民生活部 生活安全課",
  phone: "096-000-0000（例）",
  address: "〒860-8601 熊本市中央区手取本町1番1号",
  hours: "平日 8:30〜17:15",
};

/** The office phone as a link a phone can call: "tel:" and the digits only. */
export function officeTel(): string {
  return `tel:${CITY_OFFICE.phone.replace(/[^\d+]/g, "")}`;
}

export const JOB_STATUSES: Record<import("../../db/types").JobStatus, string> = {
  draft: "下書き",
  pending: "審査中",
  published: "公開中",
  rejected: "差し戻し",
  filled: "充足",
  closed: "終了",
  expired: "期限切れ",
};

export const EMPLOYER_STATUSES: Record<import("../../db/types").EmployerStatus, string> = {
  pending: "審査待ち",
  approved: "承認済み",
  rejected: "不承認",
  suspended: "停止中",
};

// 差し戻し and 不承認 share the status "rejected"; refused_at makes it the final 不承認.
// An employer sent back is "pending" again, but waits on the employer, not on staff.

export function jobStatusLabel(job: { status: import("../../db/types").JobStatus; refused_at?: string | null }): string {
  return job.status === "rejected" && job.refused_at ? "不承認" : JOB_STATUSES[job.status];
}

export function employerStatusLabel(employer: {
  status: import("../../db/types").EmployerStatus;
  sent_back_at?: string | null;
}): string {
  return employer.status === "pending" && employer.sent_back_at ? "差し戻し中" : EMPLOYER_STATUSES[employer.status];
}

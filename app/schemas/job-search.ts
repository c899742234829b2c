import type { EmploymentType, Industry, PayUnit, Ward } from "../../db/types";
import { EMPLOYMENT_TYPES, INDUSTRIES, PAY_UNITS, WARDS } from "~/utils/labels";
import { parseYen } from "~/utils/yen";

// The search on /jobs lives entirely in the URL's query string, so that a search can be
// bookmarked, shared by a support worker and used without JavaScript. Anything unknown or
// malformed in the URL is ignored rather than refused: a stale link still shows jobs.

export const PAGE_SIZE = 20;

/** The yes/no filters: query parameter → what the seeker reads. */
export const FLAG_FILTERS = {
  housing: "寮・社宅あり",
  meals: "食事つき",
  no_experience: "未経験OK",
  qualification: "資格を取る支援あり",
  guarantor: "保証人がいなくてもよい（会社が身元引受）",
  facility_interview: "施設の中で面接できる",
  probation: "保護観察中・仮釈放中でもよい",
} as const;
export type FlagFilter = keyof typeof FLAG_FILTERS;
export const FLAG_KEYS = Object.keys(FLAG_FILTERS) as FlagFilter[];

export const SORTS = { newest: "新しい順", pay: "給料が高い順" } as const;
export type Sort = keyof typeof SORTS;

export type JobSearch = {
  q: string;
  ward: Ward | null;
  industry: Industry | null;
  type: EmploymentType | null;
  payUnit: PayUnit | null;
  payMin: number | null;
  flags: Record<FlagFilter, boolean>;
  sort: Sort;
  page: number;
};

const MAX_KEYWORD_LENGTH = 100;

function oneOf<T extends string>(labels: Record<T, string>, value: string | null): T | null {
  return value !== null && Object.hasOwn(labels, value) ? (value as T) : null;
}

function amount(value: string | null): number | null {
  return value ? parseYen(value.slice(0, 40)) : null;
}

/**
 * What is wrong with the pay box, said next to it (the search still runs without the part
 * it could not use): an amount that cannot be read, or an amount without 時給・日給・月給.
 */
export function payProblem(params: URLSearchParams): string | null {
  const typed = (params.get("pay_min") ?? "").trim();
  if (!typed) return null;
  if (amount(typed) === null) {
    return "金額が読めませんでした。数字で書いてください（例: 1000、20万、200,000）。この金額ではしぼりこんでいません。";
  }
  if (!oneOf(PAY_UNITS, params.get("pay_unit"))) {
    return "給料の種類（時給・日給・月給）を選んでください。種類がないと、金額でしぼりこめません。";
  }
  return null;
}

export function parseJobSearch(params: URLSearchParams): JobSearch {
  const flags = Object.fromEntries(
    FLAG_KEYS.map((key) => [key, params.get(key) === "1" || params.get(key) === "on"]),
  ) as Record<FlagFilter, boolean>;
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    // Control characters are no words: dropped here, they never reach the page or the index.
    q: (params.get("q") ?? "")
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_KEYWORD_LENGTH),
    ward: oneOf(WARDS, params.get("ward")),
    industry: oneOf(INDUSTRIES, params.get("industry")),
    type: oneOf(EMPLOYMENT_TYPES, params.get("type")),
    payUnit: oneOf(PAY_UNITS, params.get("pay_unit")),
    payMin: amount(params.get("pay_min")),
    flags,
    sort: params.get("sort") === "pay" ? "pay" : "newest",
    page: Number.isFinite(page) && page > 0 && page < 100_000 ? page : 1,
  };
}

/** Words separated by spaces (half- or full-width); a posting must contain every one. */
export function keywordTerms(q: string): string[] {
  return [...new Set(q.split(/[\s\u3000]+/).filter(Boolean))].slice(0, 5);
}

/** The canonical query string of a search (page 1 and the default sort are left out). */
export function searchQuery(search: JobSearch, changes: Partial<JobSearch> = {}): string {
  const s = { ...search, ...changes, flags: { ...search.flags, ...(changes.flags ?? {}) } };
  const params = new URLSearchParams();
  if (s.q) params.set("q", s.q);
  if (s.ward) params.set("ward", s.ward);
  if (s.industry) params.set("industry", s.industry);
  if (s.type) params.set("type", s.type);
  if (s.payUnit) params.set("pay_unit", s.payUnit);
  if (s.payUnit && s.payMin) params.set("pay_min", String(s.payMin));
  for (const key of FLAG_KEYS) if (s.flags[key]) params.set(key, "1");
  if (s.sort !== "newest") params.set("sort", s.sort);
  if (s.page > 1) params.set("page", String(s.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export type ActiveFilter = { key: string; label: string; without: Partial<JobSearch> };

/** Each filter in use, with what the search looks like without it (to offer dropping it). */
export function activeFilters(search: JobSearch): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const term of keywordTerms(search.q)) {
    const rest = keywordTerms(search.q).filter((t) => t !== term).join(" ");
    out.push({ key: `q:${term}`, label: `ことば「${term}」`, without: { q: rest } });
  }
  if (search.ward) out.push({ key: "ward", label: WARDS[search.ward], without: { ward: null } });
  if (search.industry) out.push({ key: "industry", label: INDUSTRIES[search.industry], without: { industry: null } });
  if (search.type) out.push({ key: "type", label: EMPLOYMENT_TYPES[search.type], without: { type: null } });
  if (search.payUnit) {
    const label = search.payMin
      ? `${PAY_UNITS[search.payUnit]} ${search.payMin.toLocaleString("ja-JP")}円以上`
      : `${PAY_UNITS[search.payUnit]}の仕事`;
    out.push({ key: "pay", label, without: { payUnit: null, payMin: null } });
  }
  for (const key of FLAG_KEYS) {
    if (search.flags[key]) {
      out.push({ key, label: FLAG_FILTERS[key], without: { flags: { [key]: false } as Record<FlagFilter, boolean> } });
    }
  }
  return out;
}

import { now as clockNow } from "./clock";

// Months and fiscal years as the city counts them: calendar months in Asia/Tokyo, and the
// Japanese fiscal year from April to March, named after the year it starts in
// (2026年度 = April 2026 to March 2027 = 令和8年度).

/** Japan has had no daylight saving time since 1951, so Tokyo is always UTC+9. */
export const TOKYO_OFFSET_HOURS = 9;

/** "YYYY-MM" */
export type Month = string;

/** The Tokyo calendar month of an instant (UTC ISO string or Date). */
export function tokyoMonth(value: string | Date): Month {
  const t = (value instanceof Date ? value : new Date(value)).getTime();
  return new Date(t + TOKYO_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 7);
}

/** The fiscal year a month belongs to: January to March count with the previous April. */
export function fiscalYearOfMonth(month: Month): number {
  const [year, m] = month.split("-").map(Number);
  return m >= 4 ? year : year - 1;
}

/** The fiscal year of an instant, or of a Tokyo calendar day ("YYYY-MM-DD"). */
export function fiscalYearOf(value: string | Date): number {
  if (typeof value === "string" && /^\d{4}-\d{2}(-\d{2})?$/.test(value)) {
    return fiscalYearOfMonth(value.slice(0, 7));
  }
  return fiscalYearOfMonth(tokyoMonth(value));
}

export function currentFiscalYear(now = clockNow()): number {
  return fiscalYearOf(now);
}

/** The twelve months of a fiscal year, April first. */
export function fiscalMonths(fiscalYear: number): Month[] {
  return Array.from({ length: 12 }, (_, i) => {
    const index = 3 + i;
    const year = fiscalYear + Math.floor(index / 12);
    return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

export function addMonthsToMonth(month: Month, n: number): Month {
  const [year, m] = month.split("-").map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The first instant of a Tokyo month, as a UTC ISO string ("2026-04" → "2026-03-31T15:00:00.000Z"). */
export function monthStartUtc(month: Month): string {
  return new Date(`${month}-01T00:00:00+09:00`).toISOString();
}

/** The first instant after a Tokyo month ends, as a UTC ISO string. */
export function monthEndUtc(month: Month): string {
  return monthStartUtc(addMonthsToMonth(month, 1));
}

/** The last calendar day of a month, "YYYY-MM-DD". */
export function lastDayOfMonth(month: Month): string {
  const [year, m] = month.split("-").map(Number);
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

/** The Japanese era name of a year's fiscal year: 2019 → 令和元年度, 2018 → 平成30年度. */
export function warekiFiscalYear(fiscalYear: number): string {
  if (fiscalYear >= 2019) {
    const n = fiscalYear - 2018;
    return `令和${n === 1 ? "元" : n}年度`;
  }
  const n = fiscalYear - 1988;
  return `平成${n === 1 ? "元" : n}年度`;
}

/** "2026年度（令和8年度）" */
export function fiscalYearLabel(fiscalYear: number): string {
  return `${fiscalYear}年度（${warekiFiscalYear(fiscalYear)}）`;
}

/** "2026年4月" */
export function monthLabel(month: Month): string {
  const [year, m] = month.split("-").map(Number);
  return `${year}年${m}月`;
}

/** "4月" (within a fiscal-year table, where the year is in the heading) */
export function shortMonthLabel(month: Month): string {
  return `${Number(month.slice(5, 7))}月`;
}

// Dates as Japanese readers expect them, always in Asia/Tokyo whatever the server's zone.
// "Now" comes from ./clock, which tests can set.
import { now as clockNow } from "./clock";

const TZ = "Asia/Tokyo";
const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"];

function parts(date: Date) {
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    weekday: "short",
  });
  const get = (type: string) => f.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  const weekdayIndex = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
  return {
    year: Number(get("year")),
    month: Number(get("month")),
    day: Number(get("day")),
    hour: get("hour"),
    minute: get("minute"),
    weekday: WEEKDAYS[weekdayIndex] ?? "",
  };
}

function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  // A bare calendar date is a day in Tokyo, not midnight UTC.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00+09:00`);
  return new Date(value);
}

/** 2026年12月3日(木) */
export function formatDate(value: string | Date): string {
  const p = parts(toDate(value));
  return `${p.year}年${p.month}月${p.day}日(${p.weekday})`;
}

/** 2026年12月3日(木) 13:30 */
export function formatDateTime(value: string | Date): string {
  const d = toDate(value);
  const p = parts(d);
  return `${formatDate(d)} ${p.hour}:${p.minute}`;
}

/** 13:30 */
export function formatTime(value: string | Date): string {
  const p = parts(toDate(value));
  return `${p.hour}:${p.minute}`;
}

/** The Tokyo calendar day of an instant, as YYYY-MM-DD. */
export function tokyoDay(value: string | Date = clockNow()): string {
  const p = parts(toDate(value));
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** A Tokyo calendar day moved by whole days, as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A Tokyo calendar day moved by whole months (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function nowIso(): string {
  return clockNow().toISOString();
}

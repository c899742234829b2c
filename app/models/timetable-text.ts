// Timetable values as people read them; used by pages in the browser as well as the server.
import type { Slot } from "./interview-schedule";

export type TimetableSettings = {
  startMinute: number;
  endMinute: number;
  slotMinutes: number;
  tables: number;
  breaks: Array<{ startMinute: number; endMinute: number }>;
};

export type Timetable = TimetableSettings & {
  eventId: number;
  slots: Slot[];
  builtAt: string | null;
  publishedAt: string | null;
};

/** 780 → "13:00" */
export function minuteText(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export function slotText(slot: Slot | undefined): string {
  return slot ? `${minuteText(slot.startMinute)}〜${minuteText(slot.endMinute)}` : "（時間の外）";
}

export const OUTCOME_LABELS = {
  tour: "見学へ",
  interview: "面接へ",
  offer: "内定",
  declined: "見送り",
} as const;

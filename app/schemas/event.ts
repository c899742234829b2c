import { z } from "zod";
import { EVENT_KINDS, keysOf } from "~/utils/labels";
import { choice, optionalInt, optionalText, text } from "./fields";

const day = z
  .string({ error: "日付を入力してください" })
  .transform((s) => s.trim())
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日付を入力してください（例: 2026-12-03）" }));

function time(label: string) {
  return z
    .string({ error: `${label}を入力してください` })
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}を入力してください（例: 13:30）` }));
}

/** Checkboxes sharing one name: absent, one value or several (FormData); false or an array (browser). */
const employerIds = z
  .union([z.string(), z.array(z.string()), z.boolean()])
  .optional()
  .transform((v) => {
    const list = Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : [];
    return [...new Set(list.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
  });

/** A fair, seminar, tour or course as staff enter it. Times are wall-clock times in Kumamoto. */
export const eventSchema = z
  .object({
    kind: choice(keysOf(EVENT_KINDS), "種類を選んでください"),
    title: text("名前", { max: 100 }),
    description: optionalText("内容", 3000),
    day,
    startTime: time("始まる時刻"),
    endTime: time("終わる時刻"),
    venue: text("会場", { max: 100 }),
    address: text("会場の住所", { max: 200 }),
    capacity: optionalInt("定員", { min: 1, max: 10000 }),
    howToJoin: optionalText("参加の申し込み方法", 1000),
    whatToBring: optionalText("持ち物", 500),
    participantIds: employerIds,
  })
  .refine((v) => v.endTime > v.startTime, {
    path: ["endTime"],
    error: "終わる時刻は、始まる時刻より後にしてください",
  });

export type EventInput = z.infer<typeof eventSchema>;

export const cancelEventSchema = z.object({
  reason: text("中止の理由", { max: 300 }),
});

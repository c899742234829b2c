import { z } from "zod";
import { EVENT_KINDS, keysOf } from "~/utils/labels";
import { choice, date, optionalInt, optionalText, text, time } from "./fields";

/** Checkboxes sharing one name: absent, one value or several (FormData); false or an array (browser). */
const employerIds = z
  .unknown()
  .optional()
  .transform((v, ctx) => {
    const list: unknown[] = Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : [];
    // Something that is not an id is dropped (a stale form); only an oversized post is refused.
    if (list.length > 1000 || !list.every((s) => typeof s === "string" && s.length <= 12)) {
      ctx.addIssue({ code: "custom", message: "参加する事業主を選び直してください" });
      return z.NEVER;
    }
    return [...new Set(list.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
  });

/** A fair, seminar, tour or course as staff enter it. Times are wall-clock times in Kumamoto. */
export const eventSchema = z
  .object({
    kind: choice(keysOf(EVENT_KINDS), "種類を選んでください"),
    title: text("名前", { max: 100 }),
    description: optionalText("内容", { max: 3000, multiline: true }),
    day: date("日付"),
    startTime: time("始まる時刻"),
    endTime: time("終わる時刻"),
    venue: text("会場", { max: 100 }),
    address: text("会場の住所", { max: 200 }),
    capacity: optionalInt("定員", { min: 1, max: 10000 }),
    howToJoin: optionalText("参加の申し込み方法", { max: 1000, multiline: true }),
    whatToBring: optionalText("持ち物", { max: 500 }),
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

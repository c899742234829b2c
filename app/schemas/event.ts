import { z } from "zod";
import { EVENT_KINDS, keysOf } from "~/utils/labels";
import { checkbox, choice, date, optionalInt, optionalText, text, time } from "./fields";

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

export const REGISTRATION_MODES = {
  none: "申し込みを受け付けない",
  registration: "申し込みを受け付ける",
  interviews: "申し込みと、会社との面談の希望を受け付ける",
} as const;

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
    registrationMode: z
      .union([choice(keysOf(REGISTRATION_MODES), "申し込みの受け付けを選んでください"), z.literal("")], {
        error: "申し込みの受け付けを選んでください",
      })
      .optional()
      .transform((v) => v || "none"),
    registrationDeadline: date("申し込みの締め切り日", { optional: true }),
    maxChoices: optionalInt("希望できる会社の数", { min: 1, max: 10 }),
    waitingList: checkbox,
    pastReason: optionalText("終わった催しを記録する理由", { max: 300 }),
  })
  .refine((v) => v.endTime > v.startTime, {
    path: ["endTime"],
    error: "終わる時刻は、始まる時刻より後にしてください",
  })
  .refine((v) => !v.registrationDeadline || v.registrationDeadline <= v.day, {
    path: ["registrationDeadline"],
    error: "申し込みの締め切り日は、催しの日かそれより前にしてください",
  });

export type EventInput = z.infer<typeof eventSchema>;

export const cancelEventSchema = z.object({
  reason: text("中止の理由", { max: 300 }),
});

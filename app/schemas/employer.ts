import { z } from "zod";
import { addMonths, tokyoDay } from "~/utils/dates";
import { currentMonth, hireMonthOptions } from "~/utils/hire-months";
import { employerProfileFields } from "./auth";
import { atMost, choice, date, optionalInt, optionalText, text, time, toHalfWidthDigits } from "./fields";

/** The company profile an employer keeps (the same fields as at signup, without the account). */
export const employerProfileSchema = z.object(employerProfileFields);
export type EmployerProfileInput = z.output<typeof employerProfileSchema>;

/** The two kinds of event an employer may propose; fairs and courses are the city's own. */
export const EMPLOYER_EVENT_KINDS = {
  company_seminar: "企業セミナー（会社の説明会）",
  workplace_tour: "職場見学会",
} as const;

export const employerEventSchema = z
  .object({
    kind: choice(["company_seminar", "workplace_tour"], "セミナーか見学会かを選んでください"),
    title: text("名前", { max: 80 }),
    description: optionalText("内容", { max: 2000, multiline: true }),
    day: date("日にち")
      .refine((d) => d > tokyoDay(), { error: "日にちは明日より後にしてください（市の確認に時間がかかります）" })
      .refine((d) => d <= addMonths(tokyoDay(), 12), { error: "日にちは1年以内にしてください" }),
    start_time: time("始まる時間"),
    end_time: time("終わる時間"),
    venue: text("場所の名前", { max: 100 }),
    address: text("場所の住所", { max: 200 }),
    capacity: optionalInt("定員", { min: 1, max: 1000 }),
    what_to_bring: optionalText("持ち物", { max: 300 }),
    how_to_join: optionalText("申し込みのしかた", { max: 1000, multiline: true }),
  })
  .refine((v) => v.end_time > v.start_time, {
    path: ["end_time"],
    error: "終わる時間は、始まる時間より後にしてください",
    when: (payload) => !payload.issues.some((i) => ["start_time", "end_time"].includes(String(i.path?.[0]))),
  });
export type EmployerEventInput = z.output<typeof employerEventSchema>;

/**
 * Text a person could be recognised by: a mail address or a phone number. Only what must be
 * there is matched (one character before the "@", one after the dot): the earlier
 * `[\w.+-]+@` tried every start of a long word to its end, seconds for a long note.
 * The run between "@" and "." cannot contain "@", so each character is visited a bounded
 * number of times.
 */
const PERSONAL = /[\w.+-]@[\w-]+\.[\w.]|\d{2,4}[-‐ー－]?\d{2,4}[-‐ー－]\d{3,4}/;

export const hireReportSchema = z.object({
  id: optionalInt("報告の番号", { min: 1, max: Number.MAX_SAFE_INTEGER }),
  // The month the hire happened: this month or up to a year back. Left out, this month.
  month: z
    .string({ error: "採用した月を選んでください" })
    .optional()
    .transform((s) => (s ?? "").trim())
    .pipe(atMost(7, "採用した月を選んでください"))
    .pipe(
      z
        .string()
        .transform((s) => s || currentMonth())
        .refine((s) => s in hireMonthOptions(), { error: "採用した月は、今月から1年前までの中から選んでください" }),
    ),
  hires: z
    .string({ error: "採用した人数を入力してください" })
    .transform((s) => toHalfWidthDigits(s.trim()))
    .pipe(atMost(3, "採用した人数は1人から999人までです").min(1, { error: "採用した人数を入力してください" }))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, { error: "採用した人数は数字で入力してください" })
        .transform(Number)
        .refine((n) => n >= 1 && n <= 999, { error: "採用した人数は1人から999人までです" }),
    ),
  job_id: optionalInt("求人", { min: 1, max: Number.MAX_SAFE_INTEGER }),
  note: optionalText("メモ", { max: 500, multiline: true }).refine((s) => !PERSONAL.test(s), {
    error: "メモに、メールアドレスや電話番号など、人がわかる情報は書かないでください",
  }),
});
export type HireReportInput = z.output<typeof hireReportSchema>;

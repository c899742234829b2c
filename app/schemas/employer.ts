import { z } from "zod";
import { addMonths, tokyoDay } from "~/utils/dates";
import { employerProfileFields } from "./auth";
import { choice, optionalInt, optionalText, text } from "./fields";

/** The company profile an employer keeps (the same fields as at signup, without the account). */
export const employerProfileSchema = z.object(employerProfileFields);
export type EmployerProfileInput = z.output<typeof employerProfileSchema>;

/** The two kinds of event an employer may propose; fairs and courses are the city's own. */
export const EMPLOYER_EVENT_KINDS = {
  company_seminar: "企業セミナー（会社の説明会）",
  workplace_tour: "職場見学会",
} as const;

const time = (label: string) =>
  z
    .string({ error: `${label}を入力してください` })
    .trim()
    .min(1, { error: `${label}を入力してください` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}は 13:30 の形で入力してください` });

export const employerEventSchema = z
  .object({
    kind: choice(["company_seminar", "workplace_tour"], "セミナーか見学会かを選んでください"),
    title: text("名前", { max: 80 }),
    description: optionalText("内容", 2000),
    day: z
      .string({ error: "日にちを入力してください" })
      .trim()
      .min(1, { error: "日にちを入力してください" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日にちは 2026-12-31 の形で入力してください" })
      .refine((d) => d > tokyoDay(), { error: "日にちは明日より後にしてください（市の確認に時間がかかります）" })
      .refine((d) => d <= addMonths(tokyoDay(), 12), { error: "日にちは1年以内にしてください" }),
    start_time: time("始まる時間"),
    end_time: time("終わる時間"),
    venue: text("場所の名前", { max: 100 }),
    address: text("場所の住所", { max: 200 }),
    capacity: optionalInt("定員", { min: 1, max: 1000 }),
    what_to_bring: optionalText("持ち物", 300),
    how_to_join: optionalText("申し込みのしかた", 1000),
  })
  .refine((v) => v.end_time > v.start_time, {
    path: ["end_time"],
    error: "終わる時間は、始まる時間より後にしてください",
    when: (payload) => !payload.issues.some((i) => ["start_time", "end_time"].includes(String(i.path?.[0]))),
  });
export type EmployerEventInput = z.output<typeof employerEventSchema>;

/** Text a person could be recognised by: a mail address or a phone number. */
const PERSONAL = /[\w.+-]+@[\w-]+\.[\w.]+|\d{2,4}[-‐ー－]?\d{2,4}[-‐ー－]\d{3,4}/;

export const hireReportSchema = z.object({
  id: optionalInt("報告の番号", { min: 1, max: Number.MAX_SAFE_INTEGER }),
  hires: z
    .string({ error: "採用した人数を入力してください" })
    .transform((s) => s.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))
    .pipe(
      z
        .string()
        .min(1, { error: "採用した人数を入力してください" })
        .regex(/^\d+$/, { error: "採用した人数は数字で入力してください" })
        .transform(Number)
        .refine((n) => n >= 1 && n <= 999, { error: "採用した人数は1人から999人までです" }),
    ),
  job_id: optionalInt("求人", { min: 1, max: Number.MAX_SAFE_INTEGER }),
  note: optionalText("メモ", 500).refine((s) => !PERSONAL.test(s), {
    error: "メモに、メールアドレスや電話番号など、人がわかる情報は書かないでください",
  }),
});
export type HireReportInput = z.output<typeof hireReportSchema>;

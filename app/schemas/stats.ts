import { z } from "zod";
import { tokyoDay } from "~/utils/dates";
import { atMost, date, optionalInt, optionalText, text } from "./fields";

/** The plan's outcome target and its baseline (熊本市再犯防止推進計画). */
export const OUTCOME_TARGET = 450;
export const OUTCOME_BASELINE = { year: 2019, repeatOffenders: 564 };

/** A whole number that must be given (full-width digits are accepted, as on a Japanese keyboard). */
export function count(label: string, { min = 0, max = 100_000 } = {}) {
  return optionalInt(label, { min, max })
    .refine((n) => n !== null, { error: `${label}を入力してください` })
    .transform((n) => n as number);
}

export const attendanceSchema = z.object({
  seekers: count("参加した求職者の数", { max: 10_000 }),
  employers: count("参加した事業主の数", { max: 1_000 }),
  interviews: count("個別面談の数", { max: 10_000 }),
});

export const distributionSchema = z.object({
  issueId: z
    .string({ error: "号を選んでください" })
    .pipe(atMost(12, "号を選んでください"))
    .pipe(z.string().regex(/^\d+$/, { error: "号を選んでください" }).transform(Number)),
  destination: text("送り先", { max: 100 }),
  copies: count("部数", { min: 1, max: 100_000 }),
  sentOn: date("送った日"),
});

/** The last calendar year whose police figures can exist: the year before this one (Tokyo). */
export function latestOutcomeYear(): number {
  return Number(tokyoDay().slice(0, 4)) - 1;
}

/** A calendar year from the plan's baseline through the last year that has ended. */
const outcomeYear = count("年", { min: 1900, max: 9999 }).superRefine((year, ctx) => {
  const latest = latestOutcomeYear();
  if (year < OUTCOME_BASELINE.year)
    ctx.addIssue({ code: "custom", message: `計画の基準の${OUTCOME_BASELINE.year}年より前の年は入力できません` });
  else if (year > latest)
    ctx.addIssue({ code: "custom", message: `${year}年の数字はまだ出ていません。${latest}年までの、終わった年を入力してください` });
});

export const outcomeSchema = z
  .object({
    year: outcomeYear,
    arrested: count("刑法犯の検挙人員", { max: 1_000_000 }),
    repeatOffenders: count("再犯者の数", { max: 1_000_000 }),
    /** Required when the year is already entered (the server checks; see saveOutcomeFigures). */
    reason: optionalText("直す理由", { max: 500, multiline: true }),
  })
  .refine((v) => v.repeatOffenders <= v.arrested, {
    path: ["repeatOffenders"],
    error: "再犯者の数は、検挙人員より多くできません",
  });

/** Removing a year that was entered by mistake (the year is in the page's address): why. */
export const outcomeRemovalSchema = z.object({
  reason: text("削除する理由", { max: 500, multiline: true }),
});

/** The fiscal year asked for in ?fy=, if it is one of the offered years. */
export function pickFiscalYear(value: string | null, offered: number[], fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && offered.includes(n) ? n : fallback;
}

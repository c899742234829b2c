import { z } from "zod";
import { optionalText, text } from "./fields";

const issueNumber = z
  .string({ error: "号数を入力してください" })
  .transform((s) => s.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))
  .pipe(
    z
      .string()
      .regex(/^\d{1,4}$/, { error: "号数は半角の数字で入力してください（例: 2）" })
      .transform(Number)
      .refine((n) => n >= 1, { error: "号数は1以上にしてください" }),
  );

function isCalendarDay(s: string) {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const day = z
  .string({ error: "発行日を入力してください" })
  .transform((s) => s.trim())
  .pipe(
    z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDay(s), {
      error: "発行日を入力してください（例: 2026-12-01）",
    }),
  );

/** An issue's own text, as staff enter it when they create the issue and while it is a draft. */
export const magazineIssueSchema = z.object({
  number: issueNumber,
  title: text("題名", { max: 80 }),
  issueDate: day,
  coverText: optionalText("表紙のことば", 120),
  editorNote: optionalText("編集部から", 600),
});

export type MagazineIssueInput = z.infer<typeof magazineIssueSchema>;

export const ORDER_MODES = {
  industry: "仕事の種類ごと",
  ward: "働く場所（区）ごと",
  manual: "手で並べる",
} as const;
export type OrderMode = keyof typeof ORDER_MODES;

import { z } from "zod";
import { atMost, date, optionalText, text, toHalfWidthDigits } from "./fields";

const issueNumber = z
  .string({ error: "号数を入力してください" })
  .transform((s) => toHalfWidthDigits(s.trim()))
  .pipe(atMost(4, "号数は半角の数字で入力してください（例: 2）"))
  .pipe(
    z
      .string()
      .regex(/^\d{1,4}$/, { error: "号数は半角の数字で入力してください（例: 2）" })
      .transform(Number)
      .refine((n) => n >= 1, { error: "号数は1以上にしてください" }),
  );

/** An issue's own text, as staff enter it when they create the issue and while it is a draft. */
export const magazineIssueSchema = z.object({
  number: issueNumber,
  title: text("題名", { max: 80 }),
  issueDate: date("発行日"),
  coverText: optionalText("表紙のことば", { max: 120 }),
  editorNote: optionalText("編集部から", { max: 600, multiline: true }),
});

export type MagazineIssueInput = z.infer<typeof magazineIssueSchema>;

export const ORDER_MODES = {
  industry: "仕事の種類ごと",
  ward: "働く場所（区）ごと",
  manual: "手で並べる",
} as const;
export type OrderMode = keyof typeof ORDER_MODES;

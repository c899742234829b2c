import { z } from "zod";
import { keysOf } from "~/utils/labels";
import { atMost, optionalText, text } from "./fields";

// A seeker asks the city to put them in touch with an employer. Only what is needed to
// call or write back: a name (a nickname is fine), one way to reach them, a good time.
// The times are within the office's hours (CITY_OFFICE.hours, 8:30 to 17:15 on weekdays):
// staff cannot call back after the office closes.

export const PREFERRED_TIMES = {
  any: "いつでもよい",
  morning: "平日の午前（9時〜12時）",
  afternoon: "平日の午後（13時〜17時）",
} as const;

const toAscii = (s: string) =>
  s
    .trim()
    .replace(/[０-９＠．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[ー－‐―]/g, "-");

const optionalPhone = z
  .string({ error: "電話番号を入力し直してください" })
  .optional()
  .transform((s) => toAscii(s ?? ""))
  .pipe(atMost(20, "電話番号の形が正しくありません（例: 090-0000-0000）"))
  .pipe(
    z.string().refine((s) => s === "" || /^0\d{1,4}-?\d{1,4}-?\d{3,4}$/.test(s), {
      error: "電話番号の形が正しくありません（例: 090-0000-0000）",
    }),
  );

const optionalEmail = z
  .string({ error: "メールアドレスを入力し直してください" })
  .optional()
  .transform((s) => toAscii(s ?? "").toLowerCase())
  .pipe(atMost(254, "メールアドレスが長すぎます"))
  .pipe(
    z
      .string()
      .refine((s) => s === "" || z.email().safeParse(s).success, {
        error: "メールアドレスの形が正しくありません（例: name@example.jp）",
      }),
  );

export const contactSchema = z
  .object({
    name: text("お名前（ニックネームでもかまいません）", { max: 40 }),
    phone: optionalPhone,
    email: optionalEmail,
    preferredTime: z
      .union([z.enum(keysOf(PREFERRED_TIMES)), z.literal("")], { error: "連絡してほしい時間を選んでください" })
      .optional()
      .transform((v) => v || "any"),
    message: optionalText("伝えたいこと", { max: 400, multiline: true }),
  })
  .superRefine((value, ctx) => {
    if (!value.phone && !value.email) {
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message: "電話番号かメールアドレスの、どちらかを書いてください",
      });
    }
  });

export type ContactInput = z.output<typeof contactSchema>;

/** The name of the field people never see; a robot that fills it in is ignored. */
export const TRAP_FIELD = "homepage";

import { z } from "zod";
import { REGISTRATIONS, keysOf } from "~/utils/labels";
import { checkbox, choice, email, optionalText, text } from "./fields";

/** Sending something back: the employer reads this reason on their page and in a mail. */
export const sendBackSchema = z.object({
  reason: text("差し戻す理由", { max: 1000 }),
});

export const suspendSchema = z.object({
  reason: text("停止する理由", { max: 1000 }),
});

export const registrationSchema = z.object({
  registration: choice(keysOf(REGISTRATIONS), "登録の状況を選んでください"),
  confirmedOn: z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim())
    .pipe(z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: "日付を入力してください（例: 2026-12-03）" })),
});

/** The public text of a posting that staff may correct (wording, not conditions). */
export const jobCorrectionSchema = z.object({
  title: text("職種", { max: 60 }),
  description: text("仕事の内容", { max: 2000 }),
  hours: text("働く時間", { max: 300 }),
  days_off: text("休日", { max: 300 }),
  pay_note: optionalText("給与の補足", 500),
  insurance: optionalText("加入する保険", 300),
  licenses: optionalText("必要な免許・資格", 300),
  benefits: optionalText("その他の待遇", 1000),
  how_to_apply: text("応募のしかた", { max: 1000 }),
  note: text("直した理由（記録に残ります）", { max: 300 }),
});

export type JobCorrection = z.infer<typeof jobCorrectionSchema>;

export const closeJobSchema = z.object({
  reason: text("終了する理由", { max: 300 }),
});

export const staffUserSchema = z.object({
  email,
  displayName: text("名前", { max: 60 }),
});

export const forwardSchema = z
  .object({
    sendName: checkbox,
    sendContact: checkbox,
    sendPreferredTime: checkbox,
    sendMessage: checkbox,
    note: optionalText("事業主への添え書き", 1000),
  })
  .refine((v) => v.sendName || v.sendContact, {
    path: ["sendContact"],
    error: "名前か連絡先の、少なくとも一つを選んでください",
  });

export type ForwardInput = z.infer<typeof forwardSchema>;

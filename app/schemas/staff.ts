import { z } from "zod";
import { REGISTRATIONS, keysOf } from "~/utils/labels";
import { checkbox, choice, date, email, optionalText, text } from "./fields";

/** Sending something back: the employer reads this reason on their page and in a mail. */
export const sendBackSchema = z.object({
  reason: text("差し戻す理由", { max: 1000, multiline: true }),
});

/** Refusing for good (不承認): the reason goes to the employer with the final decision. */
export const refuseSchema = z.object({
  refuseReason: text("不承認の理由", { max: 1000, multiline: true }),
});

export const suspendSchema = z.object({
  reason: text("停止する理由", { max: 1000 }),
});

export const registrationSchema = z.object({
  registration: choice(keysOf(REGISTRATIONS), "登録の状況を選んでください"),
  confirmedOn: date("保護観察所で確認した日", { optional: true }),
});

/** The public text of a posting that staff may correct (wording, not conditions). */
export const jobCorrectionSchema = z.object({
  title: text("職種", { max: 60 }),
  description: text("仕事の内容", { max: 2000, multiline: true }),
  hours: text("働く時間", { max: 300, multiline: true }),
  days_off: text("休日", { max: 300, multiline: true }),
  pay_note: optionalText("給与の補足", { max: 500, multiline: true }),
  // One line, as in the employer's own job form (an input there), so an edit never adds a
  // line break the employer's form would silently drop.
  insurance: optionalText("加入する保険", { max: 300 }),
  licenses: optionalText("必要な免許・資格", { max: 300 }),
  benefits: optionalText("その他の待遇", { max: 1000, multiline: true }),
  how_to_apply: text("応募のしかた", { max: 1000, multiline: true }),
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
    note: optionalText("事業主への添え書き", { max: 1000, multiline: true }),
    /** Ticked on purpose to send a request that was already forwarded once more. */
    resend: checkbox,
  })
  .refine((v) => v.sendName || v.sendContact, {
    path: ["sendContact"],
    error: "名前か連絡先の、少なくとも一つを選んでください",
  });

export type ForwardInput = z.infer<typeof forwardSchema>;

/** Closing a contact request without (or after) a forward; 対応できなかった needs a note. */
export const contactOutcomeSchema = z
  .object({
    outcome: choice(["done", "unable"], "「対応済み」か「対応できなかった」を選んでください"),
    outcomeNote: optionalText("メモ", { max: 1000, multiline: true }),
  })
  .refine((v) => v.outcome !== "unable" || v.outcomeNote.trim() !== "", {
    path: ["outcomeNote"],
    error: "対応できなかったわけを書いてください",
  });

export type ContactOutcomeInput = z.infer<typeof contactOutcomeSchema>;

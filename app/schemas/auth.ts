import { z } from "zod";
import { INDUSTRIES, REGISTRATIONS, WARDS, keysOf } from "~/utils/labels";
import { atMost, checkbox, choice, email, hasForbiddenCharacter, newPassword, optionalInt, optionalText, optionalUrl, phone, text, toHalfWidthDigits } from "./fields";

export const loginSchema = z.object({
  email,
  password: z
    .string({ error: "パスワードを入力してください" })
    .min(1, { error: "パスワードを入力してください" })
    .max(256, { error: "パスワードは256文字以内です" }),
  // The page to open after signing in (a hidden field; safeRedirectPath checks where it points).
  // A hidden field of one line: a line break or a control character is refused like in any other.
  redirectTo: z
    .string({ error: "ログインのあとに開くページのアドレスが正しくありません" })
    .max(2000, { error: "ログインのあとに開くページのアドレスが長すぎます" })
    .refine((s) => !hasForbiddenCharacter(s, false), { error: "ログインのあとに開くページのアドレスが正しくありません" })
    .optional(),
});

/** The password typed again; anything longer than a password can be is simply not the same. */
const confirm = z
  .string({ error: "確認のため、もう一度入力してください" })
  .max(256, { error: "確認用のパスワードが一致しません" });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    password: newPassword,
    confirm,
  })
  .refine((v) => v.password === v.confirm, {
    path: ["confirm"],
    error: "確認用のパスワードが一致しません",
  });

/** The employer's profile as DESIGN.md lists it; signup adds the account fields. */
export const employerProfileFields = {
  name: text("会社名・事業所名", { max: 100 }),
  nameKana: text("会社名のふりがな", { max: 100 }).refine((s) => /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s　]+$/u.test(s), {
    error: "ふりがなは、ひらがなかカタカナで入力してください",
  }),
  industry: choice(keysOf(INDUSTRIES), "業種を選んでください"),
  postalCode: z
    .string({ error: "郵便番号は 860-0000 の形で入力してください" })
    .optional()
    // 〒８６０−０００１ as typed on a Japanese keyboard is stored as 860-0001.
    .transform((s) => toHalfWidthDigits((s ?? "").trim().replace(/^〒\s*/, "")).replace(/[−ー－‐―]/g, "-"))
    .pipe(atMost(8, "郵便番号は 860-0000 の形で入力してください"))
    .pipe(z.string().regex(/^(\d{3}-?\d{4})?$/, { error: "郵便番号は 860-0000 の形で入力してください" })),
  address: text("所在地", { max: 200 }),
  ward: choice(keysOf(WARDS), "区を選んでください"),
  contactName: text("担当者のお名前", { max: 60 }),
  phone,
  website: optionalUrl,
  employeeCount: optionalInt("従業員数", { min: 0, max: 100000 }),
  profile: optionalText("会社の紹介", { max: 2000, multiline: true }),
  message: optionalText("代表者からのメッセージ", { max: 1000, multiline: true }),
  registration: choice(keysOf(REGISTRATIONS), "協力雇用主の登録状況を選んでください"),
};

export const signupSchema = z
  .object({
    ...employerProfileFields,
    email,
    password: newPassword,
    confirm,
    agree: checkbox.refine((v) => v, { error: "利用の約束に同意してください" }),
  })
  .refine((v) => v.password === v.confirm, {
    path: ["confirm"],
    error: "確認用のパスワードが一致しません",
  });

export type SignupInput = z.infer<typeof signupSchema>;

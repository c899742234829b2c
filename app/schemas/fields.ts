import { z } from "zod";

// Building blocks shared by every form schema. Every schema works on the strings a form
// sends (FormData on the server, the inputs' values in the browser), so one schema serves both.

/** Trimmed text; control characters other than line breaks and tabs are refused. */
export function text(label: string, { min = 1, max = 200 }: { min?: number; max?: number } = {}) {
  return z
    .string({ error: `${label}を入力してください` })
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, { error: min <= 1 ? `${label}を入力してください` : `${label}は${min}文字以上で入力してください` })
        .max(max, { error: `${label}は${max}文字以内で入力してください` })
        .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
          error: `${label}に使えない文字が含まれています`,
        }),
    );
}

export function optionalText(label: string, max = 2000) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim())
    .pipe(
      z
        .string()
        .max(max, { error: `${label}は${max}文字以内で入力してください` })
        .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
          error: `${label}に使えない文字が含まれています`,
        }),
    );
}

export const email = z
  .string({ error: "メールアドレスを入力してください" })
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(1, { error: "メールアドレスを入力してください" })
      .max(254, { error: "メールアドレスが長すぎます" })
      .email({ error: "メールアドレスの形が正しくありません（例: name@example.jp）" }),
  );

/** 8 to 256 characters, taken exactly as typed (never trimmed or truncated). */
export const newPassword = z
  .string({ error: "パスワードを入力してください" })
  .min(8, { error: "パスワードは8文字以上にしてください" })
  .max(256, { error: "パスワードは256文字以内にしてください" });

export function choice<T extends string>(values: [T, ...T[]], message: string) {
  return z.enum(values, { error: message });
}

/** A checkbox: "on" (FormData) or true (browser) when ticked, absent otherwise. */
export const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("1"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "1");

export function optionalInt(label: string, { min = 0, max = 1_000_000 } = {}) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))
    .pipe(
      z
        .string()
        .regex(/^\d*$/, { error: `${label}は半角の数字で入力してください` })
        .transform((s) => (s === "" ? null : Number(s)))
        .refine((n) => n === null || (n >= min && n <= max), {
          error: `${label}は${min}から${max}までの数で入力してください`,
        }),
    );
}

export const phone = z
  .string({ error: "電話番号を入力してください" })
  .transform((s) => s.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[ー－‐]/g, "-"))
  .pipe(
    z
      .string()
      .min(1, { error: "電話番号を入力してください" })
      .regex(/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/, { error: "電話番号の形が正しくありません（例: 096-000-0000）" }),
  );

export const optionalUrl = z
  .string()
  .optional()
  .transform((s) => (s ?? "").trim())
  .pipe(
    z
      .string()
      .max(300, { error: "URLは300文字以内で入力してください" })
      .refine((s) => s === "" || /^https?:\/\/[^\s]+$/.test(s), {
        error: "URLは http:// か https:// で始めてください",
      }),
  );

import { z } from "zod";
import { atMost, optionalText, text, toHalfWidthDigits } from "./fields";

// Registration for an event: a nickname (or initials), one way to reach the person, and, for a
// fair with interviews, the taking-part employers ranked (第1希望, 第2希望 … as selects, so the
// form works without JavaScript). A support worker may register someone: their organisation
// and phone. Nothing about a record is asked.

export const CONTACT_KINDS = { phone: "電話", email: "メール" } as const;
export const MAX_CHOICES_LIMIT = 10;

const PHONE = /^0\d{1,4}-?\d{1,4}-?\d{3,4}$/;
const PHONE_EXAMPLE = "電話番号の形が正しくありません（例: 090-0000-0000）";

const toAscii = (s: string) =>
  toHalfWidthDigits(s.trim())
    .replace(/[＠．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[ー－‐―]/g, "-");

/** The name of a choice select: choice1 is 第1希望. */
export const choiceField = (rank: number) => `choice${rank}`;

/**
 * The form for one event: `maxChoices` selects for an interview fair (0 otherwise), each
 * taking one of `employerIds`. The first choice is needed when there are choices.
 */
export function registrationSchema(maxChoices: number, employerIds: number[]) {
  const allowed = new Set(employerIds.map(String));
  const choices: Record<string, z.ZodType<string>> = {};
  for (let rank = 1; rank <= Math.min(maxChoices, MAX_CHOICES_LIMIT); rank++) {
    choices[choiceField(rank)] = z
      .string({ error: "会社を選び直してください" })
      .optional()
      .transform((s) => s ?? "")
      .pipe(atMost(12, "会社を選び直してください"))
      .pipe(
        z.string().refine((s) => s === "" || allowed.has(s), { error: "この会の参加する会社から選んでください" }),
      );
  }
  return z
    .object({
      nickname: text("ニックネーム（イニシャルでもかまいません）", { max: 20 }),
      contactKind: z.enum(["phone", "email"], { error: "連絡の方法を選んでください" }),
      contact: z
        .string({ error: "電話番号かメールアドレスを入力してください" })
        .transform(toAscii)
        .pipe(atMost(254, "電話番号かメールアドレスが長すぎます").min(1, { error: "電話番号かメールアドレスを入力してください" })),
      onBehalfOrganisation: optionalText("支援者の所属", { max: 60 }),
      onBehalfPhone: z
        .string({ error: PHONE_EXAMPLE })
        .optional()
        .transform((s) => toAscii(s ?? ""))
        .pipe(atMost(20, PHONE_EXAMPLE))
        .pipe(z.string().refine((s) => s === "" || PHONE.test(s), { error: PHONE_EXAMPLE })),
      ...choices,
    })
    .superRefine((v, ctx) => {
      if (v.contactKind === "phone" && !PHONE.test(v.contact)) {
        ctx.addIssue({ code: "custom", path: ["contact"], message: PHONE_EXAMPLE });
      }
      if (v.contactKind === "email" && !z.email().safeParse(v.contact.toLowerCase()).success) {
        ctx.addIssue({ code: "custom", path: ["contact"], message: "メールアドレスの形が正しくありません（例: name@example.jp）" });
      }
      if (v.onBehalfOrganisation && !v.onBehalfPhone) {
        ctx.addIssue({ code: "custom", path: ["onBehalfPhone"], message: "支援者の電話番号を入力してください" });
      }
      if (v.onBehalfPhone && !v.onBehalfOrganisation) {
        ctx.addIssue({ code: "custom", path: ["onBehalfOrganisation"], message: "支援者の所属を入力してください" });
      }
      const picked: string[] = [];
      for (let rank = 1; rank <= Math.min(maxChoices, MAX_CHOICES_LIMIT); rank++) {
        const value = (v as Record<string, unknown>)[choiceField(rank)] as string;
        if (rank === 1 && !value) {
          ctx.addIssue({ code: "custom", path: [choiceField(1)], message: "第1希望の会社を選んでください" });
        }
        if (value && picked.includes(value)) {
          ctx.addIssue({ code: "custom", path: [choiceField(rank)], message: "同じ会社は一度だけ選んでください" });
        }
        if (value) picked.push(value);
      }
    })
    .transform((v) => {
      const ranked: number[] = [];
      for (let rank = 1; rank <= Math.min(maxChoices, MAX_CHOICES_LIMIT); rank++) {
        const value = (v as Record<string, unknown>)[choiceField(rank)] as string;
        if (value) ranked.push(Number(value));
      }
      return {
        nickname: v.nickname,
        contactKind: v.contactKind,
        contact: v.contactKind === "email" ? v.contact.toLowerCase() : v.contact,
        onBehalfOrganisation: v.onBehalfOrganisation,
        onBehalfPhone: v.onBehalfPhone,
        choices: ranked,
      };
    });
}

export type RegistrationFormOutput = z.output<ReturnType<typeof registrationSchema>>;

export const cancelRegistrationSchema = z.object({
  confirm: z.literal("yes", { error: "取り消してよいか、確かめてください" }),
});

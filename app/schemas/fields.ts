import { z } from "zod";

// Building blocks shared by every form schema. Every schema works on the strings a form
// sends (FormData on the server, the inputs' values in the browser), so one schema serves both.
//
// Every text check runs in the same order: line ends made "\n", spaces trimmed, then the
// length, and only then anything that looks at the characters. Each is its own stage of a
// pipe, and a pipe stops at the first stage that fails: a pattern never sees a value that is
// too long, and a schema's own refinements never see a value its field refused.
// (Not `abort: true` on the checks: in this zod that also stops an object's cross-field
// refinements that run with `when`, such as the job form's pay range.)

/** The first stage of a field: refuses an over-long value before any pattern looks at it. */
export function atMost(max: number, message: string) {
  return z.string().max(max, { error: message });
}

/** A form sent without JavaScript writes a textarea's line ends as "\r\n"; old Macs "\r". */
export function normaliseLineEnds(s: string): string {
  return s.replace(/\r\n?/g, "\n");
}

/**
 * True when the text holds a character no field accepts: C0 and C1 controls, DEL, the
 * Unicode line and paragraph separators and a half of a surrogate pair. A multi-line field
 * (a textarea) allows "\n" and "\t"; a single-line field (an input) allows neither, so a
 * title can never carry a line break into a mail header or a calendar file.
 * A plain loop rather than a pattern: one pass, whatever the text.
 */
export function hasForbiddenCharacter(s: string, multiline: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      if (multiline && (c === 0x0a || c === 0x09)) continue;
      return true;
    }
    if ((c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

export function forbiddenCharacterMessage(label: string) {
  return `${label}に使えない文字（改行など）が含まれています`;
}

type TextOptions = {
  min?: number;
  max?: number;
  /** A textarea: line breaks and tabs are kept. Without it the field is one line (an input). */
  multiline?: boolean;
};

function checkedText(label: string, { min, max, multiline }: Required<TextOptions>) {
  const length = atMost(max, `${label}は${max}文字以内で入力してください`);
  return (
    min > 0
      ? length.min(min, { error: min <= 1 ? `${label}を入力してください` : `${label}は${min}文字以上で入力してください` })
      : length
  ).pipe(z.string().refine((s) => !hasForbiddenCharacter(s, multiline), { error: forbiddenCharacterMessage(label) }));
}

/** Required text, trimmed. One line unless `multiline` (for a textarea). */
export function text(label: string, { min = 1, max = 200, multiline = false }: TextOptions = {}) {
  return z
    .string({ error: `${label}を入力してください` })
    .transform((s) => normaliseLineEnds(s).trim())
    .pipe(checkedText(label, { min, max, multiline }));
}

/** Text that may be left empty (gives ""), trimmed. One line unless `multiline`. */
export function optionalText(label: string, { max = 2000, multiline = false }: Omit<TextOptions, "min"> = {}) {
  return z
    .string({ error: `${label}を入力し直してください` })
    .optional()
    .transform((s) => normaliseLineEnds(s ?? "").trim())
    .pipe(checkedText(label, { min: 0, max, multiline }));
}

export function toHalfWidthDigits(s: string) {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function isCalendarDay(s: string) {
  const [y, m, d] = s.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

function dayProblem(label: string, s: string): string | null {
  if (s === "") return `${label}を入力してください`;
  if (s.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return `${label}は 2026-12-31 の形で入力してください`;
  if (!isCalendarDay(s)) return `${label}は、カレンダーにある日付にしてください`;
  if (s < "1900-01-01") return `${label}は1900年より後にしてください`;
  return null;
}

/**
 * A calendar day as YYYY-MM-DD (what <input type="date"> sends). A day that is not on the
 * calendar (2027-02-30) is refused, never moved into the next month. Every date input of
 * every form uses this; an optional one gives "" when left empty.
 */
export function date(label: string, { optional = false }: { optional?: boolean } = {}) {
  return z
    .string({ error: `${label}を入力してください` })
    .optional()
    .transform((s) => toHalfWidthDigits((s ?? "").trim()))
    .pipe(
      z.string().refine((s) => (optional && s === "") || dayProblem(label, s) === null, {
        error: (issue) => dayProblem(label, String(issue.input)) ?? "",
      }),
    )
    // An empty last stage, so that a schema's own refinements (a day after today...) run
    // only on a day this field accepted.
    .pipe(z.string());
}

/** A wall-clock time as HH:MM, 00:00 to 23:59 (what <input type="time"> sends). */
export function time(label: string) {
  return z
    .string({ error: `${label}を入力してください` })
    .transform((s) => toHalfWidthDigits(s.trim()).replace("：", ":"))
    .pipe(atMost(5, `${label}は 13:30 の形で入力してください`).min(1, { error: `${label}を入力してください` }))
    .pipe(
      z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
        error: `${label}は 13:30 の形で、0:00 から 23:59 までにしてください`,
      }),
    );
}

export const email = z
  .string({ error: "メールアドレスを入力してください" })
  .transform((s) => s.trim().toLowerCase())
  .pipe(atMost(254, "メールアドレスが長すぎます").min(1, { error: "メールアドレスを入力してください" }))
  .pipe(z.string().email({ error: "メールアドレスの形が正しくありません（例: name@example.jp）" }));

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
  .union([z.boolean(), z.literal("on"), z.literal("1"), z.literal("")], { error: "チェックを付け直してください" })
  .optional()
  .transform((v) => v === true || v === "on" || v === "1");

/** A whole number that may be left empty (gives null); full-width digits are accepted. */
export function optionalInt(label: string, { min = 0, max = 1_000_000 } = {}) {
  return z
    .string({ error: `${label}は半角の数字で入力してください` })
    .optional()
    .transform((s) => toHalfWidthDigits((s ?? "").trim()))
    .pipe(atMost(20, `${label}は${min}から${max}までの数で入力してください`))
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
  .transform((s) => toHalfWidthDigits(s.trim()).replace(/[ー－‐]/g, "-"))
  .pipe(atMost(20, "電話番号の形が正しくありません（例: 096-000-0000）").min(1, { error: "電話番号を入力してください" }))
  .pipe(z.string().regex(/^0\d{1,4}-?\d{1,4}-?\d{3,4}$/, { error: "電話番号の形が正しくありません（例: 096-000-0000）" }));

export const optionalUrl = z
  .string({ error: "URLを入力し直してください" })
  .optional()
  .transform((s) => (s ?? "").trim())
  .pipe(atMost(300, "URLは300文字以内で入力してください"))
  .pipe(z.string().refine((s) => !hasForbiddenCharacter(s, false), { error: forbiddenCharacterMessage("URL") }))
  .pipe(
    z.string().refine((s) => s === "" || /^https?:\/\/[^\s]+$/.test(s), {
      error: "URLは http:// か https:// で始めてください",
    }),
  );

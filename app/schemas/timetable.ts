import { z } from "zod";
import { atMost, choice, optionalText, time, toHalfWidthDigits } from "./fields";
import { count } from "./stats";

/** "12:00-12:45" → minutes after midnight; the input allows full-width digits and 〜. */
const BREAK_LINE = /^([01]?\d|2[0-3])[:：]([0-5]\d)\s*[-〜~ー－]\s*([01]?\d|2[0-3])[:：]([0-5]\d)$/;

function breakLines(s: string) {
  return toHalfWidthDigits(s)
    .split(/[\n,、]/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function minutes(hhmm: string) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

export const timetableSettingsSchema = z
  .object({
    start: time("面談の始まり"),
    end: time("面談の終わり"),
    slotMinutes: count("1回の面談の長さ（分）", { min: 5, max: 240 }),
    tables: count("テーブルの数", { min: 1, max: 200 }),
    breaks: optionalText("休憩", { max: 200, multiline: true }).refine(
      (s) => breakLines(s).every((line) => BREAK_LINE.test(line)),
      { error: "休憩は 12:00-12:45 の形で、1行に一つずつ書いてください" },
    ),
  })
  .refine((v) => minutes(v.end) > minutes(v.start), {
    path: ["end"],
    error: "面談の終わりは、始まりより後にしてください",
  })
  .transform((v) => ({
    startMinute: minutes(v.start),
    endMinute: minutes(v.end),
    slotMinutes: v.slotMinutes,
    tables: v.tables,
    breaks: breakLines(v.breaks).map((line) => {
      const m = BREAK_LINE.exec(line)!;
      return { startMinute: Number(m[1]) * 60 + Number(m[2]), endMinute: Number(m[3]) * 60 + Number(m[4]) };
    }),
  }));

const id = (label: string) =>
  z
    .string({ error: `${label}を選んでください` })
    .pipe(atMost(12, `${label}を選んでください`))
    .pipe(z.string().regex(/^\d+$/, { error: `${label}を選んでください` }).transform(Number));

/** Moving one interview by hand to another time and table. */
export const moveInterviewSchema = z.object({
  interviewId: id("面談"),
  slot: id("時間"),
  table: id("テーブル"),
});

/** Swapping the times and tables of two interviews. */
export const swapInterviewsSchema = z.object({
  first: id("入れかえる面談"),
  second: id("入れかえる相手の面談"),
});

export const checkinSchema = z.object({
  registrationId: id("人"),
  state: choice(["arrived", "no_show", "clear"], "来たかどうかを選んでください"),
});

export const interviewResultSchema = z.object({
  interviewId: id("面談"),
  held: choice(["1", "0"], "面談をしたかどうかを選んでください").transform((v) => v === "1"),
  outcome: choice(["", "tour", "interview", "offer", "declined"], "事業主の答えを選んでください"),
});

export const checkinSearchSchema = z.object({
  q: optionalText("ニックネームか番号", { max: 50 }),
});

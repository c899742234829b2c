import { z } from "zod";
import { checkbox, choice, optionalText, text } from "./fields";

export const SURVEY_AUDIENCES = {
  seeker: "仕事をさがす人（説明会の参加者など）",
  employer: "事業主",
} as const;

export const QUESTION_KINDS = {
  single: "ひとつ選ぶ",
  multiple: "いくつでも選ぶ",
  scale: "1から5の5段階",
  text: "短い文章",
} as const;

export type QuestionKind = keyof typeof QUESTION_KINDS;

export const SURVEY_STATUSES = { draft: "準備中", open: "受付中", closed: "締め切り" } as const;

/** What the 1-to-5 scale's ends mean, shown with every scale question. */
export const SCALE_ENDS = { low: "1 = そう思わない", high: "5 = とてもそう思う" };

export const surveySchema = z.object({
  title: text("アンケートの名前", { max: 100 }),
  description: optionalText("はじめのあいさつ", 500),
  audience: choice(["seeker", "employer"], "答える人を選んでください"),
  eventId: z
    .string()
    .optional()
    .transform((s) => (s ?? "").trim())
    .pipe(z.string().regex(/^\d*$/, { error: "説明会・セミナーを選び直してください" }))
    .transform((s) => (s === "" ? null : Number(s))),
});

export type SurveyInput = z.infer<typeof surveySchema>;

const MAX_OPTIONS = 10;

export const questionSchema = z
  .object({
    label: text("質問", { max: 200 }),
    kind: choice(["single", "multiple", "scale", "text"], "質問の形を選んでください"),
    options: optionalText("選択肢", 1000),
    required: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "single" && v.kind !== "multiple") return;
    const lines = splitOptions(v.options);
    if (lines.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "選択肢を2つ以上、1行に1つずつ書いてください" });
    } else if (lines.length > MAX_OPTIONS) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `選択肢は${MAX_OPTIONS}個までにしてください` });
    } else if (new Set(lines).size !== lines.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "同じ選択肢が2回書かれています" });
    } else if (lines.some((l) => l.length > 60)) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "選択肢は1つ60文字以内にしてください" });
    }
  })
  .transform((v) => ({
    label: v.label,
    kind: v.kind,
    required: v.required,
    options: v.kind === "single" || v.kind === "multiple" ? splitOptions(v.options) : [],
  }));

export type QuestionInput = z.infer<typeof questionSchema>;

export function splitOptions(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A question as the answering page knows it. */
export type PublicQuestion = {
  id: number;
  kind: QuestionKind;
  label: string;
  options: string[];
  required: boolean;
};

export function answerField(questionId: number) {
  return `q${questionId}`;
}

export const TEXT_ANSWER_MAX = 500;

// A form sends a question's answer as a string, several strings, or nothing; the browser's
// form library as a string, an array, false or null. All become a list of strings.
const answerValues = z.unknown().optional().transform((v): string[] => {
  if (typeof v === "string") return v === "" ? [] : [v];
  if (Array.isArray(v)) return v.filter((s): s is string => typeof s === "string" && s !== "");
  return [];
});

function answerFor(q: PublicQuestion) {
  const scale = ["1", "2", "3", "4", "5"];
  return answerValues.superRefine((values, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: "custom", message });
    if (q.kind === "text") {
      const t = (values[0] ?? "").trim();
      if (q.required && t === "") return fail("この質問に答えてください");
      if (t.length > TEXT_ANSWER_MAX) return fail(`${TEXT_ANSWER_MAX}文字以内で書いてください`);
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(t)) return fail("使えない文字が含まれています");
      return;
    }
    if (q.required && values.length === 0) {
      return fail(q.kind === "multiple" ? "あてはまるものを1つ以上選んでください" : "どれか1つを選んでください");
    }
    if (q.kind !== "multiple" && values.length > 1) return fail("1つだけ選んでください");
    const allowed = q.kind === "scale" ? scale : q.options;
    if (values.some((v) => !allowed.includes(v))) return fail("表示されている答えから選んでください");
  });
}

/** The answer form's schema, made from the survey's questions (the same on both sides). */
export function answerSchema(questions: PublicQuestion[]) {
  return z
    .object(Object.fromEntries(questions.map((q) => [answerField(q.id), answerFor(q)])))
    .transform((values) =>
      questions.map((q) => {
        const given = values[answerField(q.id)] as string[];
        return { questionId: q.id, values: q.kind === "text" ? given.map((t) => t.trim()).filter(Boolean) : given };
      }),
    );
}

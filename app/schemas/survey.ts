import { z } from "zod";
import { atMost, checkbox, choice, hasForbiddenCharacter, normaliseLineEnds, optionalText, text } from "./fields";

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

/** What the 1-to-5 scale's ends mean when staff have not set the words for a question. */
export const SCALE_ENDS = { low: "1 = そう思わない", high: "5 = とてもそう思う" };

export const SCALE_POINTS = ["1", "2", "3", "4", "5"] as const;

/** The words for points 1 to 5 of a scale question when staff have not set them. */
export const DEFAULT_SCALE_LABELS = ["そう思わない", "", "", "", "とてもそう思う"];

/** The words for each point of a stored scale question; questions made before staff could set them read as the default. */
export function resolveScaleLabels(stored: unknown): string[] {
  return Array.isArray(stored) && stored.length === 5 && stored.every((l) => typeof l === "string") ? stored : DEFAULT_SCALE_LABELS;
}

/** One point as read aloud and printed: "1（そう思わない）", or "3" without words. */
export function scalePointLabel(labels: string[], point: string): string {
  const words = labels[Number(point) - 1];
  return words ? `${point}（${words}）` : point;
}

const SCALE_LABEL_MAX = 20;

export const surveySchema = z.object({
  title: text("アンケートの名前", { max: 100 }),
  description: optionalText("はじめのあいさつ", { max: 500, multiline: true }),
  audience: choice(["seeker", "employer"], "答える人を選んでください"),
  eventId: z
    .string({ error: "説明会・セミナーを選び直してください" })
    .optional()
    .transform((s) => (s ?? "").trim())
    .pipe(atMost(12, "説明会・セミナーを選び直してください"))
    .pipe(z.string().regex(/^\d*$/, { error: "説明会・セミナーを選び直してください" }))
    .transform((s) => (s === "" ? null : Number(s))),
});

export type SurveyInput = z.infer<typeof surveySchema>;

const MAX_OPTIONS = 10;

export const questionSchema = z
  .object({
    label: text("質問", { max: 200 }),
    kind: choice(["single", "multiple", "scale", "text"], "質問の形を選んでください"),
    options: optionalText("選択肢", { max: 1000, multiline: true }),
    required: checkbox,
    scaleLabel1: optionalText("1のことば", { max: SCALE_LABEL_MAX }),
    scaleLabel2: optionalText("2のことば", { max: SCALE_LABEL_MAX }),
    scaleLabel3: optionalText("3のことば", { max: SCALE_LABEL_MAX }),
    scaleLabel4: optionalText("4のことば", { max: SCALE_LABEL_MAX }),
    scaleLabel5: optionalText("5のことば", { max: SCALE_LABEL_MAX }),
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
    scaleLabels: v.kind === "scale" ? [v.scaleLabel1, v.scaleLabel2, v.scaleLabel3, v.scaleLabel4, v.scaleLabel5] : [],
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
  /** For a scale question, the words for points 1 to 5 ("" for none); empty otherwise. */
  scaleLabels: string[];
};

export function answerField(questionId: number) {
  return `q${questionId}`;
}

export const TEXT_ANSWER_MAX = 500;

/** The longest choice value worth comparing: options are at most 60 characters. */
const CHOICE_VALUE_MAX = 100;
const SCALE: readonly string[] = SCALE_POINTS;

// A form sends a question's answer as a string, several strings (a repeated name) or
// nothing; the browser's form library as a string, an array, false or null.
function submittedValues(v: unknown): string[] | null {
  if (v === undefined || v === null || v === false) return [];
  if (typeof v === "string") return v === "" ? [] : [v];
  if (Array.isArray(v) && v.every((s) => typeof s === "string")) return v.filter((s) => s !== "");
  return null;
}

/**
 * What is wrong with the values given for one question, in Japanese, or null when they fit:
 * one text of bounded length without control characters, one choice for a single-choice or
 * scale question, each shown choice at most once for a multiple-choice one. Lengths are
 * checked before anything looks at the characters.
 */
export function answerProblem(q: PublicQuestion, values: string[]): string | null {
  if (q.kind === "text") {
    if (values.length > 1) return "答えは1つだけ送ってください";
    const t = values[0] ?? "";
    if (t.length > TEXT_ANSWER_MAX) return `${TEXT_ANSWER_MAX}文字以内で書いてください`;
    if (hasForbiddenCharacter(t, true)) return "使えない文字（目に見えない特別な文字など）が含まれています";
    if (q.required && t === "") return "この質問に答えてください";
    return null;
  }
  if (q.required && values.length === 0) {
    return q.kind === "multiple" ? "あてはまるものを1つ以上選んでください" : "どれか1つを選んでください";
  }
  const allowed = q.kind === "scale" ? SCALE : q.options;
  if (q.kind !== "multiple" && values.length > 1) return "1つだけ選んでください";
  if (values.length > allowed.length || new Set(values).size !== values.length) return "同じ答えは1回だけ選んでください";
  if (values.some((v) => v.length > CHOICE_VALUE_MAX || !allowed.includes(v))) return "表示されている答えから選んでください";
  return null;
}

function answerFor(q: PublicQuestion) {
  return z
    .unknown()
    .optional()
    .transform((raw, ctx): string[] => {
      const given = submittedValues(raw);
      if (given === null) {
        ctx.addIssue({ code: "custom", message: "答えを選び直してください" });
        return z.NEVER;
      }
      // Text arrives with "\r\n" from a form sent without JavaScript; stored with "\n".
      const values = q.kind === "text" ? given.map((t) => normaliseLineEnds(t).trim()).filter(Boolean) : given;
      const problem = answerProblem(q, values);
      if (problem) {
        ctx.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return values;
    });
}

export const UNKNOWN_ANSWER_MESSAGE = "このアンケートにない答えが送られました。ページを開き直して、もう一度答えてください。";

/**
 * The answer form's schema, made from the survey's questions (the same on both sides).
 * A name that is not one of the questions is refused, not dropped: nothing a form did not
 * show is taken.
 */
export function answerSchema(questions: PublicQuestion[]) {
  const names = new Set(questions.map((q) => answerField(q.id)));
  return z
    .looseObject(Object.fromEntries(questions.map((q) => [answerField(q.id), answerFor(q)])))
    .superRefine((values, ctx) => {
      if (Object.keys(values).some((key) => !names.has(key))) {
        ctx.addIssue({ code: "custom", message: UNKNOWN_ANSWER_MESSAGE });
      }
    })
    .transform((values) =>
      questions.map((q) => ({ questionId: q.id, values: values[answerField(q.id)] as string[] })),
    );
}

/** Whether stored answers fit the survey's questions: each question once, each value allowed. */
export function answersFit(questions: PublicQuestion[], answers: Array<{ questionId: number; values: string[] }>) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<number>();
  return answers.every((a) => {
    const q = byId.get(a.questionId);
    if (!q || seen.has(q.id)) return false;
    seen.add(q.id);
    return answerProblem(q, a.values) === null;
  });
}

import { z } from "zod";
import { SUPPORT_FIGURES, type SupportFigureKey } from "../../db/support-figures";
import type { Answer, SupportAnswers } from "~/utils/support-rules";
import { date } from "./fields";
import { count } from "./stats";

export const SUPPORT_QUESTIONS: Array<{ name: keyof SupportAnswers; label: string; hint?: string }> = [
  { name: "probationRequest", label: "保護観察所から頼まれて雇いますか" },
  { name: "parole", label: "その人は、仮釈放中ですか。または更生緊急保護を受けていますか", hint: "わからなければ、保護観察所に聞いてください" },
  { name: "arrangedInside", label: "刑務所や少年院にいる間に、採用が決まりましたか" },
  { name: "startSoon", label: "出てからおよそ1か月以内に働き始めますか" },
  { name: "fullHours", label: "ふだん、週30時間以上働きますか" },
  { name: "yearOrLonger", label: "1年以上雇うつもりですか" },
  { name: "underTwenty", label: "その人は20歳未満ですか" },
  { name: "hasGuarantor", label: "その人に、身元保証人（家族など）がいますか" },
  { name: "helloWork", label: "ハローワークに求人を出し、ハローワークの紹介で雇いますか" },
  { name: "labourInsurance", label: "会社は労働保険（雇用保険・労災保険）に入っていますか" },
];

export const ANSWER_LABELS: Record<Answer, string> = { yes: "はい", no: "いいえ", unknown: "わからない" };

// A GET form of fixed choices: a missing or odd answer is read as "わからない", never
// refused, so that any link to a result opens. Not a zod schema: nothing here can be wrong.
function readAnswer(value: string | null): Answer {
  return value === "yes" || value === "no" ? value : "unknown";
}

/** The answers in a checker URL; null when the form has not been sent. */
export function parseSupportQuestions(params: URLSearchParams): SupportAnswers | null {
  if (!SUPPORT_QUESTIONS.some((q) => params.has(q.name))) return null;
  return Object.fromEntries(SUPPORT_QUESTIONS.map((q) => [q.name, readAnswer(params.get(q.name))])) as SupportAnswers;
}

export const SUPPORT_FIGURE_KEYS = Object.keys(SUPPORT_FIGURES) as SupportFigureKey[];

export const supportFiguresSchema = z.object({
  asOf: date("いつの金額か"),
  ...(Object.fromEntries(
    SUPPORT_FIGURE_KEYS.map((key) => [key, count(SUPPORT_FIGURES[key].label.replace(/（.*$/, ""), { min: 1, max: 100_000_000 })]),
  ) as Record<SupportFigureKey, ReturnType<typeof count>>),
});

export type SupportFiguresInput = z.output<typeof supportFiguresSchema>;

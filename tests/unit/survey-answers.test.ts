import { describe, expect, it } from "vitest";
import { addQuestion } from "../../app/models/survey-questions.server";
import { submitResponse } from "../../app/models/survey-responses.server";
import { createSurvey, findSurvey, setSurveyStatus } from "../../app/models/surveys.server";
import { UNKNOWN_ANSWER_MESSAGE, answerSchema, type PublicQuestion } from "../../app/schemas/survey";
import { makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

const questions: PublicQuestion[] = [
  { id: 1, kind: "single", label: "a", options: ["はい", "いいえ"], required: true, scaleLabels: [] },
  { id: 2, kind: "multiple", label: "b", options: ["x", "y"], required: false, scaleLabels: [] },
  { id: 3, kind: "scale", label: "c", options: [], required: false, scaleLabels: [] },
  { id: 4, kind: "text", label: "d", options: [], required: false, scaleLabels: [] },
];
const schema = answerSchema(questions);

function errors(input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join(".") || "_form", i.message]));
}

describe("survey answers, value by value", () => {
  it("refuse a repeated text answer (only the first was checked, every one was stored)", () => {
    expect(errors({ q1: "はい", q4: ["ひとこと", "x".repeat(20_000)] })).toEqual({ q4: "答えは1つだけ送ってください" });
  });

  it("refuse a long text or one with control characters, by the question", () => {
    expect(errors({ q1: "はい", q4: "あ".repeat(20_000) })).toEqual({ q4: "500文字以内で書いてください" });
    expect(errors({ q1: "はい", q4: "x".repeat(5_000_000) })).toEqual({ q4: "500文字以内で書いてください" });
    expect(errors({ q1: "はい", q4: "よかった\u0000\u001b[2J" })).toEqual({ q4: "使えない文字（目に見えない特別な文字など）が含まれています" });
  });

  it("take one value for a single-choice or scale question and each choice once for a multiple one", () => {
    expect(errors({ q1: ["はい", "はい"] })).toEqual({ q1: "1つだけ選んでください" });
    expect(errors({ q1: "はい", q3: ["4", "5"] })).toEqual({ q3: "1つだけ選んでください" });
    expect(errors({ q1: "はい", q2: ["x", "x", "x"] })).toEqual({ q2: "同じ答えは1回だけ選んでください" });
    expect(errors({ q1: "はい", q2: ["x", "z".repeat(100_000)] })).toEqual({ q2: "表示されている答えから選んでください" });
  });

  it("refuse a name that is not one of the survey's questions", () => {
    expect(errors({ q1: "はい", q99: "なにか" })).toEqual({ _form: UNKNOWN_ANSWER_MESSAGE });
  });

  it("store text with \\n line ends, and accept what the form sends", () => {
    expect(schema.parse({ q1: "はい", q2: ["x", "y"], q3: "5", q4: " 一行目\r\n二行目 " })).toEqual([
      { questionId: 1, values: ["はい"] },
      { questionId: 2, values: ["x", "y"] },
      { questionId: 3, values: ["5"] },
      { questionId: 4, values: ["一行目\n二行目"] },
    ]);
  });

  it("that do not fit are never stored, whoever calls the model", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const created = await createSurvey(db, staff, { title: "アンケート", description: "", audience: "seeker", eventId: null });
    await addQuestion(db, staff, created.id, { label: "感想", kind: "text", options: [], required: false, scaleLabels: [] });
    await setSurveyStatus(db, staff, created.id, "open");
    const survey = (await findSurvey(db, created.id))!;
    const [q] = survey.questions;
    await expect(submitResponse(db, survey.id, [{ questionId: q.id, values: ["短い", "x".repeat(20_000)] }])).rejects.toThrow();
    await expect(submitResponse(db, survey.id, [{ questionId: q.id + 1000, values: ["ほかの質問"] }])).rejects.toThrow();
    expect(await db.selectFrom("survey_responses").select("id").execute()).toHaveLength(0);
    expect(await db.selectFrom("survey_answers").select("id").execute()).toHaveLength(0);
  });
});

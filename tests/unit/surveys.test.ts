import { sql, type Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import {
  createSurvey,
  findPublicSurvey,
  findSurvey,
  setSurveyStatus,
  updateSurvey,
} from "../../app/models/surveys.server";
import { addQuestion, moveQuestion } from "../../app/models/survey-questions.server";
import { submitResponse, surveyResults } from "../../app/models/survey-responses.server";
import { answerSchema, questionSchema } from "../../app/schemas/survey";
import type { Database } from "../../db/types";
import { makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

async function columns(db: Kysely<Database>, table: string) {
  const rows = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}

async function auditCount(db: Kysely<Database>) {
  const row = await db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function openSurvey(db: Kysely<Database>) {
  const staff = await makeStaff(db);
  const survey = await createSurvey(db, staff, { title: "説明会のアンケート", description: "", audience: "seeker", eventId: null });
  const q = (label: string, kind: "single" | "multiple" | "scale" | "text", options: string[] = [], required = true) =>
    addQuestion(db, staff, survey.id, { label, kind, options, required, scaleLabels: [] });
  await q("説明会はどうでしたか", "single", ["よかった", "ふつう", "よくなかった"]);
  await q("よかったところ", "multiple", ["会社の話", "面談", "会場"], false);
  await q("また来たいですか", "scale");
  await q("ひとこと", "text", [], false);
  await setSurveyStatus(db, staff, survey.id, "open");
  return { staff, survey: (await findSurvey(db, survey.id))! };
}

describe("anonymous answers", () => {
  it("keep only the survey, the day and paper or web: no user, session, address or time of day", async () => {
    const { db } = testDb();
    expect(await columns(db, "survey_responses")).toEqual(["answered_on", "id", "source", "survey_id"]);
    expect(await columns(db, "survey_answers")).toEqual(["id", "question_id", "response_id", "value"]);

    const { survey } = await openSurvey(db);
    const before = await auditCount(db);
    const [single, multiple, scale, text] = survey.questions;
    // 00:30 on 1 April in Tokyo: the stored day is Tokyo's, not UTC's 31 March.
    await submitResponse(
      db,
      survey.id,
      [
        { questionId: single.id, values: ["よかった"] },
        { questionId: multiple.id, values: ["会社の話", "面談"] },
        { questionId: scale.id, values: ["4"] },
        { questionId: text.id, values: [] },
      ],
      new Date("2026-03-31T15:30:00.000Z"),
    );
    const responses = await db.selectFrom("survey_responses").selectAll().execute();
    expect(responses).toEqual([{ id: responses[0].id, survey_id: survey.id, answered_on: "2026-04-01", source: "online" }]);
    expect(await db.selectFrom("survey_answers").select(["question_id", "value"]).orderBy("id").execute()).toEqual([
      { question_id: single.id, value: "よかった" },
      { question_id: multiple.id, value: "会社の話" },
      { question_id: multiple.id, value: "面談" },
      { question_id: scale.id, value: "4" },
    ]);
    // Answering is not a staff change: nothing is written to the audit log (which names people).
    expect(await auditCount(db)).toBe(before);
  });

  it("are counted per option, averaged on the scale, and free text is listed in text order", async () => {
    const { db } = testDb();
    const { survey } = await openSurvey(db);
    const [single, multiple, scale, text] = survey.questions;
    const answer = (a: string, m: string[], s: string, t: string) =>
      submitResponse(db, survey.id, [
        { questionId: single.id, values: [a] },
        { questionId: multiple.id, values: m },
        { questionId: scale.id, values: [s] },
        { questionId: text.id, values: t ? [t] : [] },
      ]);
    await answer("よかった", ["面談"], "5", "わかりやすかった");
    await answer("ふつう", ["面談", "会場"], "3", "");
    await answer("よかった", [], "4", "あつかった");
    const [r1, r2, r3, r4] = await surveyResults(db, survey.id);
    expect(r1.counts).toEqual([
      { value: "よかった", n: 2, online: 2, paper: 0 },
      { value: "ふつう", n: 1, online: 1, paper: 0 },
      { value: "よくなかった", n: 0, online: 0, paper: 0 },
    ]);
    expect(r2).toMatchObject({ answered: 2, counts: [{ value: "会社の話", n: 0 }, { value: "面談", n: 2 }, { value: "会場", n: 1 }] });
    expect(r3).toMatchObject({ average: 4, answered: 3 });
    expect(r4.texts).toEqual(["あつかった", "わかりやすかった"]);
  });

  it("are refused for a closed survey", async () => {
    const { db } = testDb();
    const { staff, survey } = await openSurvey(db);
    await setSurveyStatus(db, staff, survey.id, "closed");
    expect(await submitResponse(db, survey.id, [])).toBeNull();
    expect(await findPublicSurvey(db, survey.public_id)).toMatchObject({ status: "closed" });
  });
});

describe("the answer form's schema", () => {
  const questions = [
    { id: 1, kind: "single" as const, label: "a", options: ["はい", "いいえ"], required: true, scaleLabels: [] },
    { id: 2, kind: "multiple" as const, label: "b", options: ["x", "y"], required: true, scaleLabels: [] },
    { id: 3, kind: "scale" as const, label: "c", options: [], required: false, scaleLabels: [] },
    { id: 4, kind: "text" as const, label: "d", options: [], required: false, scaleLabels: [] },
  ];
  const schema = answerSchema(questions);

  it("explains in Japanese what is missing or not allowed, by question", () => {
    const result = schema.safeParse({ q1: "たぶん", q3: "9" });
    expect(result.success).toBe(false);
    const errors = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(errors).toEqual({
      q1: "表示されている答えから選んでください",
      q2: "あてはまるものを1つ以上選んでください",
      q3: "表示されている答えから選んでください",
    });
  });

  it("takes form values and the browser library's values alike", () => {
    expect(schema.parse({ q1: "はい", q2: "x", q4: "  よかった " })).toEqual([
      { questionId: 1, values: ["はい"] },
      { questionId: 2, values: ["x"] },
      { questionId: 3, values: [] },
      { questionId: 4, values: ["よかった"] },
    ]);
    expect(schema.parse({ q1: "いいえ", q2: ["x", "y"], q3: null, q4: false })[1]).toEqual({ questionId: 2, values: ["x", "y"] });
  });
});

describe("building a survey", () => {
  it("needs two options for a choice question", () => {
    const result = questionSchema.safeParse({ label: "どうでしたか", kind: "single", options: "はい\n" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["options"], message: "選択肢を2つ以上、1行に1つずつ書いてください" });
    expect(questionSchema.parse({ label: "年代", kind: "scale", options: "無視される", required: "on" })).toEqual({
      label: "年代",
      kind: "scale",
      options: [],
      required: true,
      scaleLabels: ["", "", "", "", ""],
    });
  });

  it("writes one audit entry per change and freezes the questions once open", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const start = await auditCount(db);
    const survey = await createSurvey(db, staff, { title: "事業主アンケート", description: "", audience: "employer", eventId: null });
    const q1 = await addQuestion(db, staff, survey.id, { label: "一", kind: "text", options: [], required: false, scaleLabels: [] });
    const q2 = await addQuestion(db, staff, survey.id, { label: "二", kind: "text", options: [], required: false, scaleLabels: [] });
    await moveQuestion(db, staff, survey.id, q2!.id, "up");
    await updateSurvey(db, staff, survey.id, { title: "事業主アンケート（改）", description: "", audience: "employer", eventId: null });
    await setSurveyStatus(db, staff, survey.id, "open");
    await setSurveyStatus(db, staff, survey.id, "closed");
    expect(await auditCount(db)).toBe(start + 7);
    const found = await findSurvey(db, survey.id);
    expect(found?.questions.map((q) => q.id)).toEqual([q2!.id, q1!.id]);
    expect(await addQuestion(db, staff, survey.id, { label: "三", kind: "text", options: [], required: false, scaleLabels: [] })).toBeNull();
    expect(await auditCount(db)).toBe(start + 7);
  });
});

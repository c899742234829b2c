import { describe, expect, it } from "vitest";
import { addQuestion } from "../../app/models/survey-questions.server";
import {
  submitPaperResponse,
  submitResponse,
  surveyResults,
} from "../../app/models/survey-responses.server";
import {
  createSurvey,
  findSurvey,
  setSurveyStatus,
} from "../../app/models/surveys.server";
import { questionSchema } from "../../app/schemas/survey";
import { makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

// Paper sheets typed in by staff count apart from web answers and together with them; a
// scale question carries its own words for each point.

async function openSurvey() {
  const { db } = testDb();
  const staff = await makeStaff(db);
  const actor = { id: staff.id, email: staff.email };
  const survey = await createSurvey(db, actor, {
    title: "説明会",
    description: "",
    audience: "seeker",
    eventId: null,
  });
  const scale = questionSchema.parse({
    label: "役に立ちましたか",
    kind: "scale",
    scaleLabel1: "立たなかった",
    scaleLabel3: "ふつう",
    scaleLabel5: "とても役に立った",
  });
  const q = await addQuestion(db, actor, survey.id, scale);
  return { db, actor, staff, surveyId: survey.id, questionId: q!.id };
}

describe("paper answers", () => {
  it("are stored as paper, audited without their content, and counted apart and in the total", async () => {
    const { db, actor, staff, surveyId, questionId } = await openSurvey();
    expect(
      await submitPaperResponse(db, actor, surveyId, [
        { questionId, values: ["5"] },
      ])
    ).toBeNull(); // still a draft
    await setSurveyStatus(db, actor, surveyId, "open");
    await submitResponse(db, surveyId, [{ questionId, values: ["5"] }]);
    await submitResponse(db, surveyId, [{ questionId, values: ["3"] }]);
    expect(
      await submitPaperResponse(db, actor, surveyId, [
        { questionId, values: ["5"] },
      ])
    ).toBe(true);
    // Sheets collected at a fair may be typed in after the survey closed.
    await setSurveyStatus(db, actor, surveyId, "closed");
    expect(
      await submitResponse(db, surveyId, [{ questionId, values: ["1"] }])
    ).toBeNull();
    expect(
      await submitPaperResponse(db, actor, surveyId, [
        { questionId, values: ["1"] },
      ])
    ).toBe(true);

    const sources = await db
      .selectFrom("survey_responses")
      .select("source")
      .where("survey_id", "=", surveyId)
      .orderBy("id")
      .execute();
    expect(sources.map((r) => r.source)).toEqual([
      "online",
      "online",
      "paper",
      "paper",
    ]);
    const survey = await findSurvey(db, surveyId);
    expect([survey?.responses, survey?.online, survey?.paper]).toEqual([
      4, 2, 2,
    ]);
    const [result] = await surveyResults(db, surveyId);
    expect(result.counts).toEqual([
      { value: "1", n: 1, online: 0, paper: 1 },
      { value: "2", n: 0, online: 0, paper: 0 },
      { value: "3", n: 1, online: 1, paper: 0 },
      { value: "4", n: 0, online: 0, paper: 0 },
      { value: "5", n: 2, online: 1, paper: 1 },
    ]);
    const audit = await db
      .selectFrom("audit_log")
      .select(["actor_user_id", "detail"])
      .where("action", "=", "survey.paper_answer")
      .where("entity_id", "=", String(surveyId))
      .execute();
    expect(audit).toEqual([
      { actor_user_id: staff.id, detail: "{}" },
      { actor_user_id: staff.id, detail: "{}" },
    ]);
  });
});

describe("scale labels", () => {
  it("are set per question and read back; older questions keep the default words", async () => {
    const { db, surveyId, questionId } = await openSurvey();
    const [question] = (await findSurvey(db, surveyId))!.questions;
    expect(question.id).toBe(questionId);
    expect(question.scaleLabels).toEqual([
      "立たなかった",
      "",
      "ふつう",
      "",
      "とても役に立った",
    ]);
    await db
      .updateTable("survey_questions")
      .set({ scale_labels: "[]" })
      .where("id", "=", questionId)
      .execute();
    expect((await findSurvey(db, surveyId))!.questions[0].scaleLabels).toEqual([
      "そう思わない",
      "",
      "",
      "",
      "とてもそう思う",
    ]);
  });

  it("are refused past 20 characters, with a Japanese message", () => {
    const result = questionSchema.safeParse({
      label: "質問",
      kind: "scale",
      scaleLabel2: "あ".repeat(21),
    });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["scaleLabel2"],
      message: expect.stringContaining("20文字"),
    });
  });
});

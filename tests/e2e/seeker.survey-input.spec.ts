import type { Kysely } from "kysely";
import { randomBytes } from "node:crypto";
import type { Database } from "../../db/types";
import { expect, test } from "./fixtures";
import { now as clockNow } from "../../app/utils/clock";

// Posts made without the page (a script, or a form sent before JavaScript loads): every
// value is checked against its question, and a refused answer stores nothing at all.

test.use({ javaScriptEnabled: false });

async function makeSurvey(db: Kysely<Database>) {
  const now = clockNow().toISOString();
  const publicId = randomBytes(9).toString("base64url");
  const survey = await db
    .insertInto("surveys")
    .values({ public_id: publicId, title: "説明会のアンケート", description: "", audience: "seeker", event_id: null, status: "open", created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const question = async (position: number, kind: "single" | "multiple" | "text", label: string, options: string[]) =>
    (
      await db
        .insertInto("survey_questions")
        .values({ survey_id: survey.id, position, kind, label, options: JSON.stringify(options), required: 0 })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const single = await question(1, "single", "わかりやすかったですか", ["はい", "いいえ"]);
  const multiple = await question(2, "multiple", "役に立った話", ["仕事の内容", "寮のこと"]);
  const text = await question(3, "text", "感想", []);
  return { id: survey.id, path: `/surveys/${publicId}`, single: `q${single}`, multiple: `q${multiple}`, text: `q${text}` };
}

async function stored(db: Kysely<Database>, surveyId: number) {
  const responses = await db.selectFrom("survey_responses").select("id").where("survey_id", "=", surveyId).execute();
  const answers = await db
    .selectFrom("survey_answers")
    .innerJoin("survey_questions", "survey_questions.id", "survey_answers.question_id")
    .select("survey_answers.id")
    .where("survey_questions.survey_id", "=", surveyId)
    .execute();
  return { responses: responses.length, answers: answers.length };
}

for (const [what, build, message] of [
  [
    "a text answer sent twice",
    (s: Awaited<ReturnType<typeof makeSurvey>>) => [[s.single, "はい"], [s.text, "よかった"], [s.text, "x".repeat(20_000)]],
    "答えは1つだけ送ってください",
  ],
  [
    "a 20,000-character text answer",
    (s: Awaited<ReturnType<typeof makeSurvey>>) => [[s.single, "はい"], [s.text, "あ".repeat(20_000)]],
    "500文字以内で書いてください",
  ],
  [
    "a choice sent many times",
    (s: Awaited<ReturnType<typeof makeSurvey>>) => [[s.single, "はい"], ...Array.from({ length: 50 }, () => [s.multiple, "寮のこと"])],
    "同じ答えは1回だけ選んでください",
  ],
  [
    "control characters in a text answer",
    (s: Awaited<ReturnType<typeof makeSurvey>>) => [[s.single, "はい"], [s.text, "よかった\u0000\u001b[2J"]],
    "使えない文字（目に見えない特別な文字など）が含まれています",
  ],
] as const) {
  test(`${what} is refused with 400 and a message by the question, and nothing is stored`, async ({ page, db, baseURL }) => {
    const survey = await makeSurvey(db);
    const body = new URLSearchParams(build(survey).map(([k, v]) => [k, v]));
    const response = await page.request.post(survey.path, {
      data: body.toString(),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    const html = await response.text();
    expect(html).toContain(message);
    // What the person chose comes back; a crafted megabyte does not.
    expect(html.match(/<input[^>]*value="はい"[^>]*>/)?.[0]).toContain('checked=""');
    expect(html.length).toBeLessThan(200_000);
    expect(await stored(db, survey.id)).toEqual({ responses: 0, answers: 0 });
  });
}

test("an answer to a question the survey does not have is refused, and nothing is stored", async ({ page, db, baseURL }) => {
  const survey = await makeSurvey(db);
  const response = await page.request.post(survey.path, {
    form: { [survey.single]: "はい", q999999: "ほかのアンケートの答え" },
    headers: { Origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("このアンケートにない答えが送られました。");
  expect(await stored(db, survey.id)).toEqual({ responses: 0, answers: 0 });
});

test("a good answer from the page itself is stored once, its line breaks as \\n", async ({ page, db }) => {
  const survey = await makeSurvey(db);
  await page.goto(survey.path);
  await page.getByRole("radio", { name: "はい" }).check();
  await page.getByRole("checkbox", { name: "寮のこと" }).check();
  await page.getByLabel(/感想/).fill("寮の話が\nよかった");
  await page.getByRole("button", { name: "送る" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ありがとうございました");
  const values = await db
    .selectFrom("survey_answers")
    .innerJoin("survey_questions", "survey_questions.id", "survey_answers.question_id")
    .select("survey_answers.value")
    .where("survey_questions.survey_id", "=", survey.id)
    .orderBy("survey_answers.id")
    .execute();
  expect(values.map((v) => v.value)).toEqual(["はい", "寮のこと", "寮の話が\nよかった"]);
});

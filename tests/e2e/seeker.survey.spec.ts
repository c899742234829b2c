import type { Kysely } from "kysely";
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { tokyoDaysDuring } from "../support/clock";
import type { Database } from "../../db/types";
import { expect, expectAccessible, forbidThirdPartyRequests, test } from "./fixtures";
import { now as clockNow } from "../../app/utils/clock";

async function makeSurvey(db: Kysely<Database>, status: "draft" | "open" | "closed" = "open") {
  const now = clockNow().toISOString();
  const publicId = randomBytes(9).toString("base64url");
  const survey = await db
    .insertInto("surveys")
    .values({ public_id: publicId, title: "セミナーのアンケート", description: "", audience: "seeker", event_id: null, status, created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const question = (position: number, kind: "single" | "multiple" | "scale" | "text", label: string, options: string[], required: 0 | 1) =>
    db
      .insertInto("survey_questions")
      .values({ survey_id: survey.id, position, kind, label, options: JSON.stringify(options), required })
      .returning("id")
      .executeTakeFirstOrThrow();
  await question(1, "single", "わかりやすかったですか", ["はい", "いいえ"], 1);
  await question(2, "multiple", "役に立った話", ["仕事の内容", "寮のこと", "給料のこと"], 1);
  await question(3, "scale", "満足度", [], 1);
  await question(4, "text", "感想", [], 0);
  return { id: survey.id, path: `/surveys/${publicId}` };
}

async function count(db: Kysely<Database>, table: "survey_responses" | "audit_log", surveyId?: number) {
  let q = db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n"));
  if (surveyId !== undefined) q = q.where("survey_id" as never, "=", surveyId as never);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    // axe runs as a script inside the page, so it checks the pages with JavaScript on.

    test("an anonymous answer: missing answers explained and kept, a thank-you page, one answer per browser", async ({ page, db, baseURL }) => {
      const checkThirdParty = forbidThirdPartyRequests(page, baseURL!);
      const survey = await makeSurvey(db);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(survey.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("セミナーのアンケート");
      if (javaScriptEnabled) await expectAccessible(page);
      await page.getByRole("radio", { name: "はい" }).check();
      await page.getByLabel(/感想/).fill("寮の話がよかった");
      const click = page.getByRole("button", { name: "送る" }).click();
      if (!javaScriptEnabled) {
        const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), click]);
        expect(response.status()).toBe(400);
      } else {
        await click;
      }
      await expect(page.locator(`[id$="-error"]`).first()).toBeVisible();
      await expect(page.getByText("あてはまるものを1つ以上選んでください")).toBeVisible();
      await expect(page.getByText("どれか1つを選んでください")).toBeVisible();
      await expect(page.getByRole("radio", { name: "はい" })).toBeChecked();
      await expect(page.getByLabel(/感想/)).toHaveValue("寮の話がよかった");
      expect(await count(db, "survey_responses", survey.id)).toBe(0);
      if (javaScriptEnabled) await expectAccessible(page);

      await page.getByRole("checkbox", { name: "寮のこと" }).check();
      await page.getByRole("checkbox", { name: "給料のこと" }).check();
      await page.getByRole("radio", { name: "5" }).check();
      await page.getByRole("button", { name: "送る" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("ありがとうございました");
      if (javaScriptEnabled) await expectAccessible(page);
      expect(await count(db, "survey_responses", survey.id)).toBe(1);

      // The same browser comes back: it sees the thank-you page, and a replayed post stores nothing.
      await page.goto(survey.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("ありがとうございました");
      const again = await page.request.post(survey.path, {
        form: { q1: "はい" },
        headers: { Origin: new URL(baseURL!).origin },
        maxRedirects: 0,
      });
      expect(again.status()).toBe(302);
      expect(await count(db, "survey_responses", survey.id)).toBe(1);
      const cookies = await page.context().cookies();
      const mark = cookies.find((c) => c.name.startsWith("answered_"));
      expect(mark).toMatchObject({ value: "1", path: survey.path, httpOnly: true });
      checkThirdParty();
    });
  });
}

test("an answer sent while signed in as staff still stores no person", async ({ page, db, signInAsStaff }) => {
  await signInAsStaff();
  const survey = await makeSurvey(db);
  const auditBefore = await count(db, "audit_log");
  await page.goto(survey.path);
  await page.getByRole("radio", { name: "いいえ" }).check();
  await page.getByRole("checkbox", { name: "仕事の内容" }).check();
  await page.getByRole("radio", { name: "3" }).check();
  const days = await tokyoDaysDuring(async () => {
    await page.getByRole("button", { name: "送る" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ありがとうございました");
  });

  const columns = async (table: string) =>
    (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name).sort();
  expect(await columns("survey_responses")).toEqual(["answered_on", "id", "source", "survey_id"]);
  expect(await columns("survey_answers")).toEqual(["id", "question_id", "response_id", "value"]);
  const responses = await db.selectFrom("survey_responses").selectAll().where("survey_id", "=", survey.id).execute();
  expect(responses).toEqual([{ id: responses[0].id, survey_id: survey.id, answered_on: responses[0].answered_on, source: "online" }]);
  expect(days).toContain(responses[0].answered_on);
  const answers = await db
    .selectFrom("survey_answers")
    .select("value")
    .where("response_id", "=", responses[0].id)
    .orderBy("id")
    .execute();
  expect(answers.map((a) => a.value)).toEqual(["いいえ", "仕事の内容", "3"]);
  expect(await count(db, "audit_log")).toBe(auditBefore);
});

test("drafts do not exist for the public; closed surveys say so; the QR code is for staff", async ({ page, db, signInAsStaff }) => {
  const draft = await makeSurvey(db, "draft");
  expect((await page.request.get(draft.path)).status()).toBe(404);
  const closed = await makeSurvey(db, "closed");
  await page.goto(closed.path);
  await expect(page.getByText("このアンケートの受付は終わりました。")).toBeVisible();
  await expect(page.getByRole("button", { name: "送る" })).toHaveCount(0);
  const anonymousQr = await page.request.get(`${closed.path}/qr.svg`, { maxRedirects: 0 });
  expect(anonymousQr.status()).toBe(302);

  await signInAsStaff();
  const qr = await page.request.get(`${closed.path}/qr.svg`);
  expect(qr.status()).toBe(200);
  expect(qr.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(await qr.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
});

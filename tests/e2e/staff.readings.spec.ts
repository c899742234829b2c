import { randomInt } from "node:crypto";
import type { Kysely } from "kysely";
import { textHash } from "../../app/models/readings.server";
import type { Database } from "../../db/types";
import { makeEmployer, makeJob } from "../factories";
import { auditOf, expect, openPage, test } from "./fixtures";
import { submitExpecting400 } from "./submit";

// Staff keep the reading dictionary at /staff/readings: a word they add, change or delete
// changes the stored readings of every text that contains it, and each change is audited.

test.describe.configure({ timeout: 120_000 });

/** A place name no other test uses, and a reading for it. */
function uniquePlace() {
  const kanji = "山川谷田森林岡坂沢島松竹梅桜";
  const kana = ["や", "か", "た", "も", "り", "お", "さ", "し", "ま", "う"];
  let word = "";
  let reading = "";
  for (let i = 0; i < 4; i++) {
    word += kanji[randomInt(kanji.length)];
    reading += kana[randomInt(kana.length)];
  }
  return { word: `${word}村`, reading: `${reading}むら` };
}

/** The reading stored for the place inside the posting's description. */
async function storedReading(db: Kysely<Database>, description: string, word: string) {
  const row = await db.selectFrom("text_readings").select("segments").where("hash", "=", textHash(description)).executeTakeFirst();
  const segments = row ? (JSON.parse(row.segments) as Array<{ text: string; reading?: string }>) : [];
  return segments.find((s) => s.text === word)?.reading ?? null;
}

for (const javaScriptEnabled of [true, false]) {
  test(`staff add, change and delete a reading; the posting's stored readings follow (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    db,
    signInAsStaff,
    context,
  }) => {
    const staff = await signInAsStaff();
    const page = javaScriptEnabled ? await context.newPage() : await (await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() })).newPage();
    const place = uniquePlace();
    const employer = await makeEmployer(db);
    const description = `勤務地は${place.word}の工場です。`;
    const job = await makeJob(db, { employerId: employer.id, title: "製造スタッフ", description });

    await openPage(page, "/staff/readings", javaScriptEnabled);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("よみがなの辞書");
    await expect(page.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: "よみがな" })).toBeVisible();

    // Refused: a reading in kanji, and a hard word without its plain alternative.
    await page.getByLabel("ことば", { exact: true }).fill(place.word);
    await page.getByLabel("よみがな", { exact: true }).fill("山川");
    // Leaving the field shows its message (with JavaScript) before the box below is clicked.
    await page.getByLabel("よみがな", { exact: true }).press("Tab");
    await page.getByLabel(/むずかしいことば/).check();
    await submitExpecting400(page, "加える", javaScriptEnabled);
    await expect(page.locator("#field-reading-error")).toHaveText("よみがなは、ひらがなで入力してください");
    await expect(page.locator("#field-plain-error")).toHaveText("「むずかしいことば」には、やさしい言いかえを入力してください");
    await expect(page.getByLabel("ことば", { exact: true })).toHaveValue(place.word);
    expect(await db.selectFrom("reading_words").select("id").where("word", "=", place.word).execute()).toEqual([]);

    await page.getByLabel("よみがな", { exact: true }).fill(place.reading);
    await page.getByLabel("よみがな", { exact: true }).press("Tab");
    await page.getByLabel(/むずかしいことば/).uncheck();
    await page.getByRole("button", { name: "加える" }).click();
    // The first save in a fresh server builds the analyser (its dictionary): time for that.
    await expect(page.getByRole("status")).toContainText("辞書に加えました", { timeout: 60_000 });
    await expect(page.getByRole("row", { name: new RegExp(place.word) })).toContainText(place.reading);
    const word = await db.selectFrom("reading_words").selectAll().where("word", "=", place.word).executeTakeFirstOrThrow();
    expect(await storedReading(db, description, place.word)).toBe(place.reading);
    const search = await db.selectFrom("job_search_text").select("body").where("job_id", "=", job.id).executeTakeFirstOrThrow();
    expect(search.body).toContain(place.reading);

    // The same word again is refused, next to the field.
    await page.getByLabel("ことば", { exact: true }).fill(place.word);
    await page.getByLabel("よみがな", { exact: true }).fill(place.reading);
    await submitExpecting400(page, "加える", false);
    await expect(page.locator("#field-word-error")).toContainText("もう辞書にあります");

    // Change: the new reading replaces the old one in the stored readings.
    await page.getByRole("link", { name: `「${place.word}」を変える` }).click();
    await expect(page.getByLabel("よみがな", { exact: true })).toHaveValue(place.reading);
    await page.getByLabel("よみがな", { exact: true }).fill("かわったむら");
    await page.getByRole("button", { name: "変える", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("変えました");
    expect(await storedReading(db, description, place.word)).toBe("かわったむら");

    // Delete: the analyser's reading comes back.
    await page.getByRole("button", { name: `「${place.word}」を消す` }).click();
    await expect(page.getByRole("status")).toContainText("辞書から消しました");
    expect(await storedReading(db, description, place.word)).not.toBe("かわったむら");
    expect((await auditOf(db, "reading_word", word.id)).map((a) => [a.action, a.actor_user_id])).toEqual([
      ["reading_word.add", staff.id],
      ["reading_word.change", staff.id],
      ["reading_word.delete", staff.id],
    ]);
    await page.screenshot({ path: `test-results/staff-readings-js-${javaScriptEnabled ? "on" : "off"}.png`, fullPage: true });
  });
}

test("only staff reach the reading dictionary", async ({ page, signInAsEmployer, request }) => {
  expect((await request.get("/staff/readings", { maxRedirects: 0 })).status()).toBe(302);
  await signInAsEmployer();
  const response = await page.goto("/staff/readings");
  expect(response?.status()).toBe(403);
});

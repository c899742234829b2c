import { expect, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// The offence categories a seeker hides are about that person: the choice must stay in
// the browser. Every request the page makes is recorded and searched for it.

test("hiding postings by offence happens in the browser only", async ({ page, db, context }) => {
  const word = uniqueWord();
  await makeSeekerJobs(db, word, [
    { title: `受け入れる仕事 ${word}` },
    { title: `性犯罪は不可の仕事 ${word}`, offences: { sexual: "no" } },
    { title: `薬物は要相談の仕事 ${word}`, offences: { drugs: "consult" } },
  ]);
  const sent: string[] = [];
  page.on("request", async (request) => {
    sent.push([request.url(), request.postData() ?? "", JSON.stringify(await request.allHeaders())].join("\n"));
  });

  await page.goto(`/jobs?q=${word}`);
  await expect(page.getByText("市にもサーバーにも送られません")).toBeVisible();
  await expect(page.locator(".job-card:visible")).toHaveCount(3);
  await page.getByText("「不可」の罪名がある求人をかくす", { exact: true }).click();
  await page.getByLabel("性犯罪").check();
  await page.getByLabel("薬物").check();
  await expect(page.locator(".job-card:visible")).toHaveCount(2);
  await expect(page.getByText("このページの 1件 をかくしています。")).toBeVisible();
  await expect(page.getByRole("link", { name: `性犯罪は不可の仕事 ${word}` })).toBeHidden();

  // The choice survives a reload and a new search, and still goes nowhere.
  await page.reload();
  await expect(page.getByRole("link", { name: `性犯罪は不可の仕事 ${word}` })).toBeHidden();
  await page.getByLabel("ことばでさがす").fill(`${word} 仕事`);
  await page.getByRole("button", { name: "さがす", exact: true }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.locator(".job-card:visible")).toHaveCount(2);
  await page.getByRole("link", { name: `受け入れる仕事 ${word}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`受け入れる仕事 ${word}`);

  expect(sent.length).toBeGreaterThan(3);
  for (const needle of ["sexual", "drugs", "性犯罪", encodeURIComponent("性犯罪"), "hide-offences"]) {
    expect(sent.filter((s) => s.includes(needle))).toEqual([]);
  }
  expect((await context.cookies()).map((c) => c.name + c.value).join()).not.toMatch(/sexual|drugs/);
  const stored = await page.evaluate(() => localStorage.getItem("kumamoto-jobs:hide-offences"));
  expect(JSON.parse(stored ?? "[]")).toEqual(["sexual", "drugs"]);

  // With a choice stored, the filter opens by itself.
  await page.goto(`/jobs?q=${word}`);
  await page.getByRole("button", { name: "選択をすべて消す" }).click();
  await expect(page.locator(".job-card:visible")).toHaveCount(3);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the conditions are simply shown on every posting", async ({ page, db }) => {
    const word = uniqueWord();
    await makeSeekerJobs(db, word, [{ title: `不可のある仕事 ${word}`, offences: { arson: "no", theft: "no" } }]);
    await page.goto(`/jobs?q=${word}`);
    await expect(page.getByText("いまのブラウザでは、「不可」の罪名がある求人をかくすことができません。")).toBeVisible();
    await expect(page.getByText("採用できない罪名: 窃盗・放火")).toBeVisible();
  });
});

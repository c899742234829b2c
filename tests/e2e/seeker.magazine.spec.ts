import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { makeMagazineIssue } from "../factories";
import { E2E_DB, expect, expectAccessible, forbidThirdPartyRequests, freeIssueNumber, test } from "./fixtures";
import { bareText } from "./print-text";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// Issue numbers no other spec uses in the shared e2e database.
async function freeNumbers(db: Kysely<Database>, count: number) {
  const first = await freeIssueNumber(db);
  return Array.from({ length: count }, (_, i) => first + i);
}

// Where the server under test keeps its PDFs (playwright.config.ts puts them beside the database).
const pdfDir = E2E_DB.replace(/\.sqlite$/, "-pdf");

test("the list shows published issues newest first and no draft", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `介護スタッフ ${word}` }]);
  const [older, newer, draft] = await freeNumbers(db, 3);
  await makeMagazineIssue(db, { number: older, jobIds: [jobs[0].id], published: true, title: `古い号 ${word}` });
  await makeMagazineIssue(db, { number: newer, jobIds: [jobs[0].id], published: true, title: `新しい号 ${word}` });
  await makeMagazineIssue(db, { number: draft, jobIds: [jobs[0].id], published: false, title: `下書きの号 ${word}` });
  await page.goto("/magazine");
  const headings = await page.locator(".mz-issue-list h2").allTextContents();
  const at = (text: string) => headings.findIndex((h) => h.includes(text));
  expect(at(`新しい号 ${word}`)).toBeGreaterThanOrEqual(0);
  expect(at(`新しい号 ${word}`)).toBeLessThan(at(`古い号 ${word}`));
  expect(at(`下書きの号 ${word}`)).toBe(-1);
  expect((await page.request.get(`/magazine/${draft}`)).status()).toBe(404);
});

test("the web edition links each posting while it is open and says when it has ended", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `溶接工 ${word}` }, { title: `配送ドライバー ${word}` }]);
  const [number] = await freeNumbers(db, 1);
  await makeMagazineIssue(db, { number, jobIds: jobs.map((j) => j.id), published: true });
  await db.updateTable("jobs").set({ status: "filled" }).where("id", "=", jobs[1].id).execute();
  await page.goto(`/magazine/${number}`);
  const open = page.locator(".mz-entry").filter({ hasText: `溶接工 ${word}` });
  await open.getByRole("link", { name: /いま募集中の求人を見る/ }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${jobs[0].id}$`));
  await page.goBack();
  const ended = page.locator(".mz-entry").filter({ hasText: `配送ドライバー ${word}` });
  await expect(ended.getByText("この求人の募集は終わりました。")).toBeVisible();
  await expect(ended.getByRole("link")).toHaveCount(0);
});

for (const width of [360, 1280]) {
  test(`the magazine pages and the job sheet pass axe at ${width} px and ask no other site`, async ({ page, db, baseURL }) => {
    // Print pages carry a reading over every kanji: axe has many more nodes to go through.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const noThirdParty = forbidThirdPartyRequests(page, baseURL!);
    const word = uniqueWord();
    const { jobs } = await makeSeekerJobs(db, word, [{ title: `清掃スタッフ ${word}`, offences: { drugs: "no", theft: "consult" } }]);
    const [number] = await freeNumbers(db, 1);
    await makeMagazineIssue(db, { number, jobIds: jobs.map((j) => j.id), published: true });
    for (const url of ["/magazine", `/magazine/${number}`, `/magazine/${number}/print`, `/jobs/${jobs[0].id}/print`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expectAccessible(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), url).toBe(true);
    }
    noThirdParty();
  });
}

test("the job sheet is one A4 page in the magazine's box, with a QR code made on the server", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs, employer } = await makeSeekerJobs(db, word, [{ title: `食品工場スタッフ ${word}`, offences: { arson: "no" } }]);
  await page.goto(`/jobs/${jobs[0].id}`);
  await page.getByRole("link", { name: "求人票を印刷する" }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${jobs[0].id}/print$`));
  await expect(page.locator(".mz-book")).toHaveAttribute("data-pages", "1");
  await expect(page.locator(".mz-page")).toHaveCount(1);
  const box = page.locator(".mz-job");
  expect(await bareText(box.locator("h3"))).toBe(`食品工場スタッフ ${word}`);
  expect(await bareText(box)).toContain(employer.name);
  await expect(box.locator(".mz-row").filter({ hasText: "罪名" })).toContainText("放火");
  expect(await box.locator("img").getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
  await db.updateTable("jobs").set({ status: "closed" }).where("id", "=", jobs[0].id).execute();
  expect((await page.request.get(`/jobs/${jobs[0].id}/print`)).status()).toBe(410);
});

test("an issue published without a PDF gets one on the first request, stored and served again", async ({ page, db }) => {
  test.setTimeout(120_000);
  const word = uniqueWord();
  const { jobs, employer } = await makeSeekerJobs(db, word, [
    { title: `仕分け作業 ${word}` },
    { title: `調理補助 ${word}` },
    { title: `警備員 ${word}` },
    { title: `農作業 ${word}` },
  ]);
  const [number] = await freeNumbers(db, 1);
  const issue = await makeMagazineIssue(db, { number, jobIds: jobs.map((j) => j.id), published: true });
  const pdfPathOf = async () =>
    (await db.selectFrom("magazine_issues").select("pdf_path").where("id", "=", issue.id).executeTakeFirstOrThrow()).pdf_path;
  // What the database holds before anyone asks: no PDF yet.
  expect(await pdfPathOf()).toBeNull();

  await page.goto(`/magazine/${number}/print`);
  const pages = Number(await page.locator(".mz-book").getAttribute("data-pages"));
  const first = await page.request.get(`/magazine/${number}.pdf`);
  expect(first.status()).toBe(200);
  expect(first.headers()["content-type"]).toBe("application/pdf");
  expect(first.headers()["cache-control"]).toContain("max-age=31536000");
  // Stored in this run's PDF folder, byte for byte what was served.
  const stored = await pdfPathOf();
  expect(path.dirname(stored!)).toBe(pdfDir);
  expect(path.basename(stored!)).toMatch(new RegExp(`^magazine-${number}-[0-9a-f]{8}\\.pdf$`));
  expect(Buffer.compare(fs.readFileSync(stored!), await first.body())).toBe(0);
  // Served again from the stored file, not made a second time.
  const second = await page.request.get(`/magazine/${number}.pdf`);
  expect(Buffer.compare(await second.body(), await first.body())).toBe(0);
  expect(await pdfPathOf()).toBe(stored);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "magazine-pdf-"));
  const file = path.join(dir, "issue.pdf");
  fs.writeFileSync(file, await first.body());
  expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(new RegExp(`^Pages:\\s+${pages}$`, "m"));
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  for (const job of jobs) expect(text).toContain(job.title.replace(/\s+/g, ""));
  expect(text).toContain(employer.name.replace(/\s+/g, ""));
  fs.rmSync(dir, { recursive: true, force: true });
});

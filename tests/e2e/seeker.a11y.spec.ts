import { expect, expectAccessible, forbidThirdPartyRequests, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// Every seeker page: no axe violation, nothing from another site, no sideways scrolling
// on a 360 px phone, and a printed page without the screen-only parts.

test("seeker pages are accessible, self-contained and fit a 360 px phone", async ({ page, db, baseURL }) => {
  // Eight pages, each read by axe: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const word = uniqueWord();
  const { jobs, employer } = await makeSeekerJobs(db, word, [
    { title: `型枠大工 見習い ${word}`, offences: { sexual: "no", drugs: "consult" }, housing: 1, meals: 1, employer_guarantor: 1 },
    { title: `終わった仕事 ${word}`, status: "closed" },
  ]);
  const pages: Array<[string, number]> = [
    ["/", 200],
    ["/jobs", 200],
    [`/jobs?q=${word}&housing=1`, 200],
    [`/jobs?q=${word}+存在しないことば`, 200],
    [`/jobs/${jobs[0].id}`, 200],
    [`/jobs/${jobs[0].id}/contact`, 200],
    [`/jobs/${jobs[1].id}`, 410],
    [`/employers/${employer.id}`, 200],
  ];
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [path, status] of pages) {
    const checkRequests = forbidThirdPartyRequests(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    checkRequests();
  }
});

test("the offence filter, opened, is accessible too", async ({ page, db }) => {
  const word = uniqueWord();
  await makeSeekerJobs(db, word, [{ title: `仕事 ${word}`, offences: { theft: "no" } }]);
  await page.goto(`/jobs?q=${word}`);
  await page.locator("summary", { hasText: "罪名で求人をかくす" }).click();
  await page.getByLabel("窃盗").check();
  await page.getByText("くわしい条件でしぼりこむ").click();
  await expectAccessible(page);
});

test("a posting prints on one A4 sheet without the form, the filters or the menus", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `印刷する仕事 ${word}` }]);
  await page.goto(`/jobs/${jobs[0].id}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "事業所" })).toBeVisible();
  await expect(page.locator(".contact-box")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "メインメニュー" })).toBeHidden();
  await expect(page.getByText(/問い合わせ: .*生活安全課/)).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

import { makeEvent, makeJob } from "../factories";
import { expect, expectAccessible, forbidThirdPartyRequests, test } from "./fixtures";
import { fillJobForm, uniqueTitle } from "./employer.job-form";

// Every figure and source name of the facts sheet, exactly as it must read on the page.
const FACTS = [
  "24,969社",
  "912社",
  "1,287人",
  "2023年10月1日",
  "52.7%",
  "13.8%",
  "10.6%",
  "2019年",
  "最大720,000円",
  "最大80,000円",
  "6か月",
  "3か月ごとに2回",
  "最大120,000円",
  "最大420,000円",
  "週30時間以上",
  "10,000円",
  "最長1年間、最大2,000,000円",
  "1か月につき最大40,000円を、最長3か月",
  "2015年度",
  "450人以下",
  "564人",
  "25社、A4・12ページ、250部",
  "全国8か所の矯正管区",
  "受刑者等専用求人",
  "コレワーク",
  "保護観察所",
  "登録にお金はかかりません。",
  "法務省「協力雇用主について」",
  "再犯防止推進白書",
  "熊本市再犯防止推進計画",
  "熊本市 文化市民局 市民生活部 生活安全課",
];

test("/for-employers carries the facts exactly, passes axe and fits 360 px", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const checkRequests = forbidThirdPartyRequests(page, baseURL!);
  await page.setViewportSize({ width: 360, height: 740 });
  expect((await page.goto("/for-employers"))?.status()).toBe(200);
  const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  for (const fact of FACTS) expect(text, fact).toContain(fact);
  await expect(page.getByRole("link", { name: "このサイトの利用を申し込む" })).toHaveAttribute("href", "/signup");
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  checkRequests();
});

test("the employer's pages pass axe and fit 360 px", async ({ page, db, signInAsEmployer, baseURL }) => {
  // axe takes seconds per page on a busy two-core machine.
  test.setTimeout(180_000);
  const checkRequests = forbidThirdPartyRequests(page, baseURL!);
  const { employerId } = await signInAsEmployer();
  const job = await makeJob(db, { employerId, status: "rejected", status_reason: "給与の書き方を直してください。" });
  await makeJob(db, { employerId, title: uniqueTitle("公開中") });
  await makeEvent(db, { organizer_employer_id: employerId, kind: "company_seminar", status: "pending", title: uniqueTitle("セミナー") });
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/employer", `/employer/jobs/${job.id}`, `/employer/jobs/${job.id}/edit`, "/employer/jobs/new", "/employer/profile", "/employer/events/new", "/employer/events", "/employer/hires"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
  }
  await page.goto("/employer");
  await expect(page.getByText("給与の書き方を直してください。")).toBeVisible();

  await page.goto("/employer/jobs/new");
  await fillJobForm(page, { title: uniqueTitle("見え方") });
  await page.getByRole("button", { name: "公開ページでの見え方を見る" }).click();
  await expect(page.locator(".job-preview .job-detail")).toBeVisible();
  await expectAccessible(page);
  checkRequests();
});

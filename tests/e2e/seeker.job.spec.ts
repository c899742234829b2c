import { tokyoDay } from "../../app/utils/dates";
import { makeEmployer } from "../factories";
import { expect, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";
import { now as clockNow } from "../../app/utils/clock";

test("a posting carries JSON-LD that parses and cannot be broken out of", async ({ page, db }) => {
  const word = uniqueWord();
  const hostile = `</script><script>alert(1)</script> & <!-- \u2028 ${word}`;
  const { jobs, employer } = await makeSeekerJobs(db, word, [
    { title: `介護スタッフ ${word}`, description: hostile, pay_unit: "month", pay_min: 180000, pay_max: 220000 },
  ]);
  const job = jobs[0];
  const response = await page.goto(`/jobs/${job.id}`);
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).not.toContain("</script><script>alert(1)");
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const ld = JSON.parse((await scripts.textContent()) ?? "");
  expect(ld["@type"]).toBe("JobPosting");
  expect(ld.title).toBe(`介護スタッフ ${word}`);
  expect(ld.description).toBe(hostile);
  expect(ld.datePosted).toBe(job.published_at);
  expect(ld.validThrough).toBe(`${job.end_date}T23:59:59+09:00`);
  expect(ld.employmentType).toBe("FULL_TIME");
  expect(ld.hiringOrganization).toMatchObject({ "@type": "Organization", name: employer.name });
  expect(ld.jobLocation.address).toMatchObject({ "@type": "PostalAddress", streetAddress: job.workplace_address });
  expect(ld.baseSalary).toMatchObject({
    "@type": "MonetaryAmount",
    currency: "JPY",
    value: { minValue: 180000, maxValue: 220000, unitText: "MONTH" },
  });
  expect(ld.identifier).toMatchObject({ "@type": "PropertyValue", value: String(job.id) });
});

// A phone's browser; Playwright's own "HeadlessChrome" is rightly taken for a robot.
const PHONE = "Mozilla/5.0 (Linux; Android 13; SH-M24) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

test("the posting shows every section, the employer, the print link and counts the view", async ({ browser, db }) => {
  const page = await browser.newPage({ userAgent: PHONE });
  const word = uniqueWord();
  const { jobs, employer } = await makeSeekerJobs(db, word, [
    { title: `清掃スタッフ ${word}`, offences: { sexual: "no", drugs: "consult" } },
  ]);
  const job = jobs[0];
  // The server counts the view under its "today"; across midnight that may be either day.
  const firstDay = tokyoDay(clockNow());
  await page.goto(`/jobs/${job.id}`);
  // Headings carry readings (ruby) for readers who know little kanji.
  for (const name of [/仕事内容/, /賃金/, /勤務時間.*休日/, /待遇.*福利厚生/, /応募条件/, /応募方法/, /事業所/]) {
    await expect(page.getByRole("heading", { name })).toBeVisible();
  }
  await expect(page.getByText("採用できない罪名: 性犯罪")).toBeVisible();
  await expect(page.getByRole("row", { name: "薬物 要相談" })).toBeVisible();
  await expect(page.getByRole("link", { name: "求人票を印刷する" })).toHaveAttribute("href", `/jobs/${job.id}/print`);
  await page.getByRole("link", { name: "この会社のページを見る" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(employer.name);
  await expect(page.getByRole("link", { name: `清掃スタッフ ${word}` })).toBeVisible();

  // The server writes counted views every two seconds.
  const views = () =>
    db
      .selectFrom("job_daily_views")
      .select(["day", "views"])
      .where("job_id", "=", job.id)
      .execute();
  await expect.poll(views, { timeout: 8000 }).toHaveLength(1);
  const [counted] = await views();
  expect(counted.views).toBe(1);
  expect([firstDay, tokyoDay(clockNow())]).toContain(counted.day);
  await page.close();
});

test("a crawler's visit is not counted as a view", async ({ request, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `数えない仕事 ${word}` }, { title: `数える仕事 ${word}` }]);
  const response = await request.get(`/jobs/${jobs[0].id}`, { headers: { "User-Agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" } });
  expect(response.status()).toBe(200);
  // A person's visit afterwards: the server writes all views counted so far in one go, so
  // once this one is in the database, a counted crawler visit would be there too.
  expect((await request.get(`/jobs/${jobs[1].id}`, { headers: { "User-Agent": PHONE } })).status()).toBe(200);
  const control = () => db.selectFrom("job_daily_views").select("views").where("job_id", "=", jobs[1].id).execute();
  await expect.poll(control, { timeout: 8000 }).toHaveLength(1);
  const views = await db.selectFrom("job_daily_views").select("views").where("job_id", "=", jobs[0].id).execute();
  expect(views).toEqual([]);
});

test("an ended posting answers 410 with similar open jobs; an unknown one 404", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [
    { title: `終わった仕事 ${word}`, status: "filled", industry: "cleaning" },
    { title: `期限切れの仕事 ${word}`, status: "expired", industry: "cleaning" },
    { title: `にている仕事 ${word}`, industry: "cleaning" },
    { title: `下書きの仕事 ${word}`, status: "draft" },
  ]);
  for (const ended of [jobs[0], jobs[1]]) {
    const response = await page.goto(`/jobs/${ended.id}`);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("募集は終了しました");
    await expect(page.getByRole("link", { name: `にている仕事 ${word}` })).toBeVisible();
  }
  expect((await page.goto(`/jobs/${jobs[3].id}`))?.status()).toBe(404);
  expect((await page.goto("/jobs/99999999"))?.status()).toBe(404);
  expect((await page.goto("/jobs/abc"))?.status()).toBe(404);
});

test("an employer's page is public only once approved", async ({ page, db }) => {
  for (const status of ["pending", "rejected", "suspended"] as const) {
    const employer = await makeEmployer(db, { status });
    expect((await page.goto(`/employers/${employer.id}`))?.status()).toBe(404);
  }
});

test("the Atom feed lists new postings with absolute links", async ({ request, db, baseURL }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `新しい仕事 ${word}`, published_at: clockNow().toISOString() }]);
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(xml).toContain(`新しい仕事 ${word}`);
  expect(xml).toContain(`${baseURL}/jobs/${jobs[0].id}`);
});

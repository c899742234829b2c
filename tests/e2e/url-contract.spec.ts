import type { Page } from "@playwright/test";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { makeEvent, makeJob, makeMagazineIssue } from "../factories";
import { bareText } from "./print-text";
import { expect, freeIssueNumber, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// The URL contract of DESIGN.md against the built server: every address answers with the
// page (its heading) or the file it answered before the routes moved into area folders.
// tests/unit/url-contract.test.ts checks the same list against the route table; this checks
// what a visitor gets.

/** The address answers 200 with `heading`, inside the employer or staff layout for their pages. */
async function expectPage(page: Page, url: string, heading: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.locator("h1").first(), url).toContainText(heading);
  const layoutMenu = url.startsWith("/staff") ? "職員メニュー" : url.startsWith("/employer/") || url === "/employer" ? "事業主メニュー" : null;
  if (layoutMenu) await expect(page.getByRole("navigation", { name: layoutMenu }), url).toBeVisible();
}

test("public and account addresses answer with the same pages and files", async ({ page, db }) => {
  test.setTimeout(90_000);
  const word = uniqueWord();
  const { employer, jobs } = await makeSeekerJobs(db, word, [{ title: `倉庫の仕分け ${word}` }]);
  const event = await makeEvent(db, { title: `企業説明会 ${word}` });
  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: [jobs[0].id], published: true, title: `春の号 ${word}` });

  await expectPage(page, "/", "仕事をさがす");
  await expectPage(page, "/jobs", "求人をさがす");
  await expectPage(page, `/jobs/${jobs[0].id}`, `倉庫の仕分け ${word}`);
  await expectPage(page, `/jobs/${jobs[0].id}/contact`, "市の担当者に連絡をお願いする");
  await expectPage(page, "/events", "説明会・セミナーの予定");
  await expectPage(page, `/events/${event.id}`, `企業説明会 ${word}`);
  await expectPage(page, "/magazine", "求人情報誌");
  await expectPage(page, `/magazine/${number}`, `春の号 ${word}`);
  await expectPage(page, `/employers/${employer.id}`, employer.name);
  await expectPage(page, "/for-employers", "事業主の方へ");
  await expectPage(page, "/for-employers/support", "受けられる支援を調べる");
  await expectPage(page, "/help", "こまったときの相談先");
  await expectPage(page, "/for-supporters", "保護観察官・施設の職員・ハローワークの方へ");
  await expectPage(page, "/alerts", "新しい求人をメールで受け取る");
  expect((await page.request.get("/alerts/abc123")).status()).toBe(404);

  const print = await page.goto(`/magazine/${number}/print`);
  expect(print?.status()).toBe(200);
  // Print always carries readings above its kanji: the text is read without them.
  expect(await bareText(page.locator("body"))).toContain(`倉庫の仕分け ${word}`);

  const files: [string, RegExp][] = [
    ["/events.ics", /^text\/calendar/],
    ["/for-employers/events.ics", /^text\/calendar/],
    [`/events/${event.id}.ics`, /^text\/calendar/],
    ["/feed.xml", /^application\/atom\+xml/],
    ["/healthz", /^text\/plain/],
    ["/robots.txt", /^text\/plain/],
    [`/magazine/${number}.pdf`, /^application\/pdf/],
  ];
  for (const [url, type] of files) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toMatch(type);
  }

  await expectPage(page, "/login", "ログイン");
  await expectPage(page, "/signup", "利用の申し込み（事業主の方）");
  await expectPage(page, "/password/forgot", "パスワードの再設定");
  await expectPage(page, "/password/reset/no-such-token", "このリンクは使えません");
  expect((await page.request.get("/logout", { maxRedirects: 0 })).status()).toBe(405);
  const logout = await page.request.post("/logout", {
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(logout.status()).toBe(302);
  expect(logout.headers()["location"]).toBe("/");

  await expectPage(page, "/saved", "保存した求人");
  const fair = await makeEvent(db, { title: `面談会 ${word}`, registration_mode: "registration" });
  await expectPage(page, `/events/${fair.id}/register`, "申し込み");
  // A code that is no registration's is a page nobody has.
  expect((await page.request.get("/registrations/abc123")).status()).toBe(404);
});

test("employer addresses answer with the same pages inside the employer layout", async ({ page, db, signInAsEmployer }) => {
  const { employerId } = await signInAsEmployer();
  const job = await makeJob(db, { employerId, title: `介護スタッフ ${uniqueWord()}` });

  await expectPage(page, "/employer", "ダッシュボード");
  await expectPage(page, "/employer/profile", "会社の情報");
  await expectPage(page, "/employer/jobs/new", "求人をつくる");
  await expectPage(page, `/employer/jobs/${job.id}`, job.title);
  await expectPage(page, `/employer/jobs/${job.id}/edit`, "求人を直す");
  await expectPage(page, "/employer/events/new", "セミナー・見学会の日程を出す");
  await expectPage(page, "/employer/events", "セミナー・見学会");
  await expectPage(page, "/employer/hires", "採用の報告");
});

test("staff addresses answer with the same pages inside the staff layout", async ({ page, db, signInAsStaff }) => {
  await signInAsStaff();
  const number = await freeIssueNumber(db);
  const issue = await makeMagazineIssue(db, { number, jobIds: [], published: false, title: `夏の号 ${uniqueWord()}` });
  const event = await makeEvent(db);

  await expectPage(page, "/staff", "審査待ち");
  await expectPage(page, "/staff/employers", "事業主");
  await expectPage(page, "/staff/jobs", "求人");
  await expectPage(page, "/staff/events", "説明会・セミナー");
  await expectPage(page, "/staff/magazine", "求人情報誌");
  await expectPage(page, `/staff/magazine/${issue.id}`, issue.title);
  await expectPage(page, "/staff/stats", "進捗の集計");
  await expectPage(page, "/staff/contacts", "連絡依頼");
  await expectPage(page, "/staff/audit", "監査ログ");
  await expectPage(page, "/staff/users", "アカウント");
  await expectPage(page, "/staff/readings", "よみがなの辞書");
  await expectPage(page, "/staff/help", "相談先のページ");

  await expectPage(page, `/staff/events/${event.id}/registrations`, "申し込みの一覧");
});

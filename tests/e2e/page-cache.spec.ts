import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { APIRequestContext } from "@playwright/test";
import { createSession } from "../../app/auth/session.server";
import { settleTexts } from "../../app/models/search-text.server";
import { makeEmployerAccount, makeJob, makeStaff } from "../factories";
import { expect, openPage, test, uniqueEmail } from "./fixtures";

// Anonymous public pages come from the page cache until something public changes; each
// kind of write shows on the very next anonymous request.

const E2E_DB = process.env.E2E_DB ?? "data/e2e.sqlite";
const tag = () => Math.random().toString(36).slice(2, 8);

async function anonymous(request: APIRequestContext, url: string) {
  const response = await request.get(url, { headers: { cookie: "" } });
  return { status: response.status(), cache: response.headers()["x-cache"], text: await response.text(), headers: response.headers() };
}

test("a second anonymous request is a hit, in any query order, with ETag and 304", async ({ request, db }) => {
  const word = `cache${tag()}`;
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("cache") });
  await makeJob(db, { employerId: employer.id, title: `清掃スタッフ ${word}` });
  await settleTexts(db); // search text and readings, as the app writes them on save
  const first = await anonymous(request, `/jobs?q=${word}&sort=pay`);
  expect(first.cache).toBe("miss");
  expect(first.text).toContain(`清掃スタッフ ${word}`);
  const second = await anonymous(request, `/jobs?sort=pay&q=${word}`);
  expect(second.cache).toBe("hit");
  expect(second.text).toBe(first.text);
  expect(second.headers.vary).toBe("Accept-Encoding, Cookie");
  const notModified = await request.get(`/jobs?q=${word}&sort=pay`, { headers: { "if-none-match": second.headers.etag } });
  expect(notModified.status()).toBe(304);
  const head = await request.head(`/jobs?q=${word}&sort=pay`);
  expect(head.headers()["x-cache"]).toBe("hit");
});

test("a signed-in request is never served from the cache nor stored in it", async ({ request, db }) => {
  const staff = await makeStaff(db, { email: uniqueEmail("staff") });
  const { token } = await createSession(db, staff.id);
  const url = `/jobs?q=signed${tag()}`;
  const anon = await anonymous(request, url);
  expect(anon.cache).toBe("miss");
  expect((await anonymous(request, url)).cache).toBe("hit");

  const signedIn = await request.get(url, { headers: { cookie: `session=${token}` } });
  expect(signedIn.headers()["x-cache"]).toBeUndefined();
  expect(signedIn.headers()["cache-control"]).toBe("no-store");
  expect(await signedIn.text()).toContain("ログアウト");

  // A fresh address seen first by a signed-in person: nothing of it was stored.
  const fresh = `/jobs?q=fresh${tag()}`;
  expect(await (await request.get(fresh, { headers: { cookie: `session=${token}` } })).text()).toContain("ログアウト");
  const after = await anonymous(request, fresh);
  expect(after.cache).toBe("miss");
  expect(after.text).not.toContain("ログアウト");
});

test("a staff approval shows on the very next anonymous request", async ({ page, request, db, signInAsStaff }) => {
  const word = `approve${tag()}`;
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("owner") });
  const job = await makeJob(db, { employerId: employer.id, status: "pending", title: `溶接工 ${word}` });
  await settleTexts(db); // search text and readings, as the app writes them on save
  await anonymous(request, `/jobs?q=${word}`);
  const before = await anonymous(request, `/jobs?q=${word}`);
  expect(before.cache).toBe("hit");
  expect(before.text).not.toContain(`溶接工 ${word}`);

  await signInAsStaff();
  await page.goto(`/staff?item=job-${job.id}`);
  await page.getByRole("button", { name: "承認して公開する" }).click();
  await expect(page).toHaveURL(/done=approved/);

  const after = await anonymous(request, `/jobs?q=${word}`);
  expect(after.cache).toBe("miss");
  expect(after.text).toContain(`溶接工 ${word}`);
});

test("an employer's closing of a posting shows on the very next anonymous request", async ({ page, request, db, signInAsEmployer }) => {
  const { employerId } = await signInAsEmployer();
  const job = await makeJob(db, { employerId, title: `配送助手 ${tag()}` });
  await settleTexts(db); // search text and readings, as the app writes them on save
  await anonymous(request, `/jobs/${job.id}`);
  const before = await anonymous(request, `/jobs/${job.id}`);
  expect([before.status, before.cache]).toEqual([200, "hit"]);

  await page.goto(`/employer/jobs/${job.id}`);
  await page.getByRole("link", { name: "募集をやめる（終了）" }).click();
  await page.getByRole("button", { name: "はい、募集をやめる" }).click();
  await expect(page.getByText("募集を終えました。")).toBeVisible();

  const after = await anonymous(request, `/jobs/${job.id}`);
  expect(after.status).toBe(410);
  expect(after.text).toContain("募集は終了しました");
});

test("an approval by npm run employer:approve, another process, shows on the very next request", async ({ request, db }) => {
  test.setTimeout(90_000);
  const word = `cli${tag()}`;
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("cli"), employer: { status: "pending" } });
  await makeJob(db, { employerId: employer.id, title: `介護職員 ${word}` });
  await settleTexts(db); // search text and readings, as the app writes them on save
  await anonymous(request, `/jobs?q=${word}`);
  const before = await anonymous(request, `/jobs?q=${word}`);
  expect(before.cache).toBe("hit");
  expect(before.text).not.toContain(`介護職員 ${word}`);

  const { stdout } = await promisify(execFile)("npx", ["vite-node", "scripts/employer-approve.ts", String(employer.id)], {
    env: { ...process.env, DATABASE_PATH: E2E_DB },
  });
  expect(stdout).toContain("approved:");

  const after = await anonymous(request, `/jobs?q=${word}`);
  expect(after.cache).toBe("miss");
  expect(after.text).toContain(`介護職員 ${word}`);
});

test("a cached page hydrates, and an inline script added to it does not run", async ({ page, request, db }) => {
  const word = `csp${tag()}`;
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("csp") });
  await makeJob(db, { employerId: employer.id, title: `受け入れる仕事 ${word}` });
  await settleTexts(db); // search text and readings, as the app writes them on save
  await makeJob(db, { employerId: employer.id, title: `性犯罪は不可の仕事 ${word}`, offences: { sexual: "no" } });
  await settleTexts(db); // search text and readings, as the app writes them on save
  await anonymous(request, `/jobs?q=${word}`);

  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.violations.push(e.violatedDirective));
  });
  let served = "";
  await page.route(`**/jobs?q=${word}`, async (route) => {
    const response = await route.fetch();
    served = response.headers()["x-cache"];
    const body = (await response.text()).replace("<body>", "<body><script>window.injected = 1</script>");
    await route.fulfill({ response, body });
  });
  await openPage(page, `/jobs?q=${word}`, true);
  expect(served).toBe("hit");
  expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
  await expect.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toContain("script-src-elem");

  // The page's own scripts ran: the offence filter, which needs JavaScript, works.
  await expect(page.locator(".job-card:visible")).toHaveCount(2);
  await page.locator("summary", { hasText: "罪名で求人をかくす" }).click();
  await page.getByLabel("性犯罪").check();
  await expect(page.locator(".job-card:visible")).toHaveCount(1);
  await expect(page.getByRole("link", { name: `性犯罪は不可の仕事 ${word}` })).toBeHidden();
});

test("a title carrying a script tag is shown as text on a cached page and never runs", async ({ page, request, db }) => {
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("xss") });
  const title = `倉庫作業</script><script>window.xss=1</script>${tag()}`;
  const job = await makeJob(db, { employerId: employer.id, title });
  await settleTexts(db); // search text and readings, as the app writes them on save
  await anonymous(request, `/jobs/${job.id}`);
  const response = await page.goto(`/jobs/${job.id}`);
  expect(response?.headers()["x-cache"]).toBe("hit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(await page.evaluate(() => (window as unknown as { xss?: number }).xss)).toBeUndefined();
});

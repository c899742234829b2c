import type { Page } from "@playwright/test";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { makeEvent, makeMagazineIssue } from "../factories";
import { expect, expectAccessible, forbidThirdPartyRequests, freeIssueNumber, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// Every public page as a shared link and on a small screen: the tags a chat app reads
// (Open Graph, Twitter card) with addresses from PUBLIC_ORIGIN and an image from this site,
// a description, the feed's link, the office phone as a link; no sideways scrolling at
// 320 px nor at 200% zoom (a 1280 px window shows 640 CSS px), and no axe violation.

test.describe.configure({ timeout: 180_000 });

async function publicPages(db: Kysely<Database>) {
  const word = uniqueWord();
  const { employer, jobs } = await makeSeekerJobs(db, word, [
    { title: `型枠大工 見習い とても長い職種の名前が入っても切れないこと ${word}`, housing: 0 },
    { title: `寮つきの仕事 ${word}`, housing: 1 },
  ]);
  // A fair that takes registration, so that its registration page is checked too.
  const event = await makeEvent(db, {
    title: `企業説明会 ${word}`,
    registration_mode: "interviews",
    max_choices: 2,
    participantEmployerIds: [employer.id],
  });
  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: [jobs[0].id], published: true, title: `冬の号 ${word}` });
  const paths = [
    "/",
    "/jobs",
    `/jobs?q=${word}`,
    `/jobs/${jobs[0].id}`,
    `/jobs/${jobs[0].id}/contact`,
    `/jobs/${jobs[0].id}/print`,
    "/events",
    `/events/${event.id}`,
    `/events/${event.id}/register`,
    "/magazine",
    `/magazine/${number}`,
    `/employers/${employer.id}`,
    "/for-employers",
    "/for-employers/support",
    "/help",
    "/for-supporters",
    "/saved",
    "/alerts",
    "/login",
    "/signup",
    "/password/forgot",
  ];
  return { word, jobs, event, paths };
}

async function meta(page: Page, attribute: "name" | "property", key: string) {
  const tag = page.locator(`head meta[${attribute}="${key}"]`);
  await expect(tag, key).toHaveCount(1);
  return (await tag.getAttribute("content")) ?? "";
}

test("every public page carries share tags from the public origin, a description, the feed link and a phone link", async ({
  page,
  db,
  baseURL,
}) => {
  const { paths } = await publicPages(db);
  const origin = new URL(baseURL!).origin;
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const title = await page.title();
    expect(await meta(page, "property", "og:title"), path).toBe(title);
    expect((await meta(page, "name", "description")).length, path).toBeGreaterThan(20);
    expect(await meta(page, "property", "og:description"), path).toBe(await meta(page, "name", "description"));
    expect(await meta(page, "property", "og:url"), path).toBe(`${origin}${new URL(path, origin).pathname}`);
    expect(await meta(page, "property", "og:type"), path).toMatch(/^(website|article)$/);
    expect(await meta(page, "property", "og:image"), path).toBe(`${origin}/og-image.png`);
    expect(await meta(page, "name", "twitter:card"), path).toBe("summary");
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute("href", "/feed.xml");
    if (!path.endsWith("/print")) {
      await expect(page.getByRole("contentinfo").getByRole("link", { name: /096-000-0000/ }), path).toHaveAttribute("href", "tel:0960000000");
    }
  }
  // The site image is served from this site, as a PNG.
  const image = await page.request.get("/og-image.png");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toMatch(/^image\/png/);
});

test("og:url comes from PUBLIC_ORIGIN, never from the Host header", async ({ page, db, baseURL }) => {
  const { jobs } = await publicPages(db);
  const response = await page.request.get(`/jobs/${jobs[0].id}`, { headers: { Host: "evil.example" } });
  const html = await response.text();
  expect(html).not.toContain("evil.example");
  expect(html).toContain(`<meta property="og:url" content="${new URL(baseURL!).origin}/jobs/${jobs[0].id}"/>`);
});

for (const [label, viewport, scale] of [
  ["320 px", { width: 320, height: 640 }, 1],
  ["200% zoom (640 CSS px)", { width: 640, height: 400 }, 2],
] as const) {
  test(`every public page reflows at ${label}: no sideways scrolling, cards whole, no axe violation`, async ({ browser, db, baseURL }) => {
    // Twenty-one pages, each checked by axe, on a shared two-core machine.
    test.setTimeout(900_000);
    const { paths } = await publicPages(db);
    const context = await browser.newContext({ viewport, deviceScaleFactor: scale, extraHTTPHeaders: { "X-Forwarded-For": "2001:db8::13c" } });
    const page = await context.newPage();
    for (const path of [...paths.filter((p) => !p.endsWith("/print")), "/jobs/abc"]) {
      const checkRequests = forbidThirdPartyRequests(page, baseURL!);
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      // No card reaches past the right edge of the screen.
      const cut = await page.locator(".job-card:visible").evaluateAll((cards) =>
        cards.filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth).length,
      );
      expect(cut, path).toBe(0);
      await expectAccessible(page);
      checkRequests();
    }
    // 「並び順」 stays on one line (it used to shrink to one character a line).
    await page.goto("/jobs");
    const sortLabel = page.locator(".sort-links > span").first();
    await expect(sortLabel).toHaveText("並び順:");
    const { height, lineHeight } = await sortLabel.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(height).toBeLessThan(lineHeight * 1.5);
    await page.screenshot({ path: `test-results/reflow-${viewport.width}-jobs.png`, fullPage: true });
    await context.close();
  });
}

test("titles say what the heading says on an ended, a missing and a malformed posting", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `終わった仕事 ${word}`, status: "closed" }]);
  const cases: Array<[string, number, string]> = [
    [`/jobs/${jobs[0].id}`, 410, "募集は終了しました"],
    ["/jobs/99999999", 404, "ページが見つかりません"],
    ["/jobs/abc", 404, "ページが見つかりません"],
  ];
  for (const [path, status, heading] of cases) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    await expect(page, path).toHaveTitle(`${heading} | 熊本市 協力雇用主 求人サイト`);
  }
});

test("the share links load nothing from LINE or X until tapped; the address is this site's own", async ({ page, db, baseURL, context }) => {
  const { jobs, event } = await publicPages(db);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  // Stand-ins for the other sites: the test must not reach the internet.
  await context.route(/^https:\/\/(line\.me|x\.com)\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>stand-in</title>" }));

  await page.goto(`/events/${event.id}`);
  await expect(page.getByRole("link", { name: "LINE で送る" })).toBeVisible();
  await page.goto(`/jobs/${jobs[0].id}`);
  await page.waitForLoadState("networkidle");
  const url = `${origin}/jobs/${jobs[0].id}`;
  const line = page.getByRole("link", { name: "LINE で送る" });
  const x = page.getByRole("link", { name: "X（旧ツイッター）に書く" });
  expect((await line.getAttribute("href"))!.startsWith("https://line.me/R/share?text=")).toBe(true);
  expect(decodeURIComponent((await line.getAttribute("href"))!)).toContain(url);
  expect(new URL((await x.getAttribute("href"))!).searchParams.get("url")).toBe(url);
  await expect(page.getByLabel("この求人のリンク")).toHaveValue(url);
  expect(foreign).toEqual([]);

  await line.click();
  await page.waitForURL(/line\.me/);
  expect(foreign.some((u) => u.startsWith("https://line.me/R/share?text="))).toBe(true);
});

test("リンクをコピー copies the address with JavaScript; without it the address is there to copy", async ({ browser, context, page, db, baseURL }) => {
  const { jobs } = await publicPages(db);
  const url = `${new URL(baseURL!).origin}/jobs/${jobs[0].id}`;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
  await page.goto(`/jobs/${jobs[0].id}`);
  await page.getByRole("button", { name: "リンクをコピー" }).click();
  await expect(page.getByRole("status").filter({ hasText: "リンクをコピーしました。" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noScript.goto(`${baseURL}/jobs/${jobs[0].id}`);
  await expect(noScript.getByRole("button", { name: "リンクをコピー" })).toHaveCount(0);
  await expect(noScript.getByLabel("この求人のリンク")).toHaveValue(url);
  await expect(noScript.getByRole("link", { name: "LINE で送る" })).toBeVisible();
  await noScript.context().close();
});

test("the home page offers new jobs by mail or app, not raw Atom", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "新しい求人をメールやアプリで受け取る" })).toHaveAttribute("href", "/alerts");
  await expect(page.getByText("Atom フィード")).toHaveCount(0);
});

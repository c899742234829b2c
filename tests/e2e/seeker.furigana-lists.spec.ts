import type { Browser, Locator, Page } from "@playwright/test";
import { makeEvent, makeMagazineIssue } from "../factories";
import { expect, expectAccessible, freeIssueNumber, openPage, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// Furigana on the pages that list postings, employers and events: the job cards of /jobs,
// the home page, an employer's page and a posting's similar postings, the events list and
// the magazine's web edition. With the cookie furigana=1 a card's title and employer carry
// readings; without it the page has none.

const MESSAGE = "私たちは過去より、これからを大切にします。";
const PROFILE = "熊本市西区で建物の型枠を作る会社です。";

type Made = { word: string; jobId: number; title: string; employerId: number; employerName: string };

async function makeData(db: Parameters<typeof makeSeekerJobs>[0]): Promise<Made> {
  const word = uniqueWord();
  const title = `型枠大工 ${word}`;
  const { jobs, employer } = await makeSeekerJobs(db, word, [{ title }, { title: `介護職員 ${word}` }], {
    message: MESSAGE,
    profile: PROFILE,
  });
  return { word, jobId: jobs[0].id, title, employerId: employer.id, employerName: employer.name };
}

async function contextFor(browser: Browser, baseURL: string, javaScriptEnabled: boolean, furigana: boolean) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  if (furigana) await context.addCookies([{ name: "furigana", value: "1", url: baseURL }]);
  return context;
}

/** The text of an element as read, without the readings above it. */
function bareText(locator: Locator) {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("rt").forEach((rt) => rt.remove());
    return (copy.textContent ?? "").trim();
  });
}

/** The card of one posting, its title and its employer. */
function cardOf(page: Page, jobId: number) {
  const card = page.locator(`article.job-card:has(a[href="/jobs/${jobId}"])`).first();
  return { card, title: card.locator("h3"), employer: card.locator(".job-employer") };
}

async function expectCardReadings(page: Page, made: Made, furigana: boolean) {
  const { card, title, employer } = cardOf(page, made.jobId);
  await expect(card).toBeVisible();
  expect(await bareText(title)).toBe(made.title);
  expect(await bareText(employer)).toBe(made.employerName);
  if (!furigana) {
    await expect(card.locator("rt")).toHaveCount(0);
    return;
  }
  // 型枠大工: every kanji of the title's first run under a reading; 株式会社 and 工業 too.
  expect(await title.locator("rt").count()).toBeGreaterThanOrEqual(2);
  expect(await employer.locator("rt").count()).toBeGreaterThanOrEqual(2);
  await expect(title.locator("rt").first()).toHaveText(/^[\u3041-\u3096ー]+$/);
  // Labels on the card (区, 正社員, 日給) carry readings too.
  await expect(card.locator(".job-facts rt").first()).toBeAttached();
  // A screen reader hears the title once, without its reading.
  const tree = (await title.ariaSnapshot()).replace(/\s+/g, "");
  expect(tree).toContain(made.title.replace(/\s+/g, ""));
  expect(tree).not.toContain("かたわく");
  expect(tree).not.toContain("だいく");
}

const LIST_PAGES: Array<[string, (m: Made) => string]> = [
  ["/jobs", (m) => `/jobs?q=${m.word}`],
  ["/", () => "/"],
  ["/employers/:id", (m) => `/employers/${m.employerId}`],
  ["/jobs/:id similar postings", (m) => `/jobs/${m.jobId + 1}`],
];

for (const javaScriptEnabled of [false, true]) {
  test(`job cards carry readings with the furigana cookie and none without it (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser, db, baseURL }) => {
    // The first page with readings may load the analyser's dictionary.
    test.setTimeout(180_000);
    const made = await makeData(db);
    for (const furigana of [false, true]) {
      const context = await contextFor(browser, baseURL!, javaScriptEnabled, furigana);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      for (const [name, url] of LIST_PAGES) {
        await test.step(`${name}, furigana ${furigana ? "on" : "off"}`, async () => {
          await openPage(page, url(made), javaScriptEnabled);
          await expectCardReadings(page, made, furigana);
        });
      }
      // The browser's page agrees with the server's: no hydration mismatch.
      expect(errors).toEqual([]);
      await context.close();
    }
  });
}

test("an employer's page: name, message and profile carry readings with the cookie, none without", async ({ browser, db, baseURL }) => {
  test.setTimeout(120_000);
  const made = await makeData(db);
  for (const furigana of [false, true]) {
    const context = await contextFor(browser, baseURL!, false, furigana);
    const page = await context.newPage();
    await page.goto(`/employers/${made.employerId}`);
    const heading = page.getByRole("heading", { level: 1 });
    const message = page.locator("section:has(#message-title) p");
    const profile = page.locator("section:has(#profile-title) p");
    expect(await bareText(heading)).toBe(made.employerName);
    expect(await bareText(message)).toBe(MESSAGE);
    expect(await bareText(profile)).toBe(PROFILE);
    if (furigana) {
      for (const block of [heading, message, profile]) expect(await block.locator("rt").count()).toBeGreaterThan(0);
      await expect(page.locator("#message-title rt").first()).toBeAttached();
    } else await expect(page.locator("main rt")).toHaveCount(0);
    await context.close();
  }
});

test("the events list: a card's title, venue and kind carry readings with the cookie, none without", async ({ browser, db, baseURL }) => {
  test.setTimeout(120_000);
  const word = uniqueWord();
  const event = await makeEvent(db, { kind: "workplace_tour", title: `職場見学会 ${word}`, venue: `熊本市国際交流会館 ${word}` });
  for (const furigana of [false, true]) {
    const context = await contextFor(browser, baseURL!, false, furigana);
    const page = await context.newPage();
    await page.goto("/events");
    const card = page.locator(`article.event-card:has(a[href="/events/${event.id}"])`);
    expect(await bareText(card.locator("h3"))).toBe(`職場見学会 ${word}`);
    expect(await bareText(card.locator(".event-where"))).toBe(`会場: 熊本市国際交流会館 ${word}`);
    if (furigana) {
      expect(await card.locator("h3 rt").count()).toBeGreaterThan(0);
      expect(await card.locator(".event-where rt").count()).toBeGreaterThan(0);
      expect(await card.locator(".event-kind rt").count()).toBeGreaterThan(0);
      await expect(page.getByRole("link", { name: new RegExp(word) })).toHaveCount(1);
    } else await expect(page.locator("main rt")).toHaveCount(0);
    await context.close();
  }
});

test("the magazine's web edition: an entry's title, employer and description carry readings with the cookie, none without", async ({ browser, db, baseURL }) => {
  test.setTimeout(120_000);
  const made = await makeData(db);
  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: [made.jobId], published: true, title: "求人情報誌 冬号" });
  for (const furigana of [false, true]) {
    const context = await contextFor(browser, baseURL!, false, furigana);
    const page = await context.newPage();
    expect((await page.goto(`/magazine/${number}`))?.status()).toBe(200);
    const entry = page.locator(".mz-entry").first();
    expect(await bareText(entry.locator("h2"))).toBe(made.title);
    expect(await bareText(entry.locator(".mz-entry-employer"))).toBe(made.employerName);
    expect(await bareText(page.getByRole("heading", { level: 1 }))).toBe("求人情報誌 冬号");
    if (furigana) {
      expect(await entry.locator("h2 rt").count()).toBeGreaterThan(0);
      expect(await entry.locator(".mz-entry-employer rt").count()).toBeGreaterThan(0);
      expect(await entry.locator("dd rt").count()).toBeGreaterThan(5);
      expect(await page.getByRole("heading", { level: 1 }).locator("rt").count()).toBeGreaterThan(0);
    } else await expect(page.locator("main rt")).toHaveCount(0);
    await context.close();
  }
});

test("with an offence choice, cards fetched for the filtered page carry readings too", async ({ browser, db, baseURL }) => {
  test.setTimeout(180_000);
  const word = uniqueWord();
  // 25 postings, the five newest refuse 薬物: hidden, page 1 needs five cards from page 2.
  const { jobs } = await makeSeekerJobs(
    db,
    word,
    Array.from({ length: 25 }, (_, i) => ({
      title: `介護職員 ${word} ${String(i).padStart(2, "0")}`,
      offences: i >= 20 ? { drugs: "no" as const } : {},
    })),
  );
  const context = await contextFor(browser, baseURL!, true, true);
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem("kumamoto-jobs:hide-offences", '["drugs"]'));
  await openPage(page, `/jobs?q=${word}`, true);
  await expect(page.locator("main .job-card-waiting")).toHaveCount(0);
  const cards = page.locator("main .job-list article.job-card:visible");
  await expect(cards).toHaveCount(20);
  // The oldest postings were on the server's second page: they came from /jobs/cards.json.
  for (const job of jobs.slice(0, 5)) {
    const { title } = cardOf(page, job.id);
    await expect(title).toBeVisible();
    expect(await title.locator("rt").count(), job.title).toBeGreaterThan(0);
  }
  await context.close();
});

test("list pages with furigana on pass axe and fit 360 px", async ({ page, db, context, baseURL }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await context.addCookies([{ name: "furigana", value: "1", url: baseURL! }]);
  const made = await makeData(db);
  await makeEvent(db, { title: `職場見学会 ${made.word}` });
  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: [made.jobId], published: true });
  for (const url of ["/", `/jobs?q=${made.word}`, `/employers/${made.employerId}`, "/events", `/magazine/${number}`, `/jobs/${made.jobId}`]) {
    expect((await page.goto(url))?.status(), url).toBe(200);
    await expect(page.locator("main rt").first(), url).toBeAttached();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), url).toBe(true);
    // For a look by eye at how readings sit on a narrow phone.
    await page.screenshot({ path: `test-results/furigana-360-${url.split("?")[0].replaceAll("/", "_") || "home"}.png`, fullPage: true });
  }
});

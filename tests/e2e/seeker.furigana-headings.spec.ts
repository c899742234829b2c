import type { Page } from "@playwright/test";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { subscribeAlert } from "../../app/models/job-alerts.server";
import { createRegistration } from "../../app/models/registrations.server";
import { SUPPORT_QUESTIONS } from "../../app/schemas/support";
import { makeEvent, makeMagazineIssue } from "../factories";
import { expect, expectAccessible, freeIssueNumber, openPage, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// With furigana on, the pages' own headings and fixed labels carry readings too, not only the
// texts people wrote: every kanji in a heading, legend, label, summary, caption or table
// header, in the site header and in the footer sits under a reading. With furigana off, none
// of them has a <ruby>.

test.describe.configure({ timeout: 300_000 });

// Where a reader meets headings and fixed labels.
const BLOCKS = "h1, h2, h3, h4, legend, label, summary, caption, th, header.site-header, footer.site-footer";

async function publicPages(db: Kysely<Database>) {
  const word = uniqueWord();
  const { employer, jobs } = await makeSeekerJobs(db, word, [
    { title: `型枠大工 ${word}`, housing: 1 },
    { title: `介護職員 ${word}` },
  ]);
  const event = await makeEvent(db, {
    title: `企業説明会 ${word}`,
    venue: `熊本市国際交流会館 ${word}`,
    registration_mode: "interviews",
    max_choices: 2,
    participantEmployerIds: [employer.id],
  });
  // A person's own pages, reached by their secret link. The nickname is what the person typed:
  // it is not in any heading or label, so no text here is left without a reading.
  const registration = await createRegistration(db, event, {
    nickname: "たろう",
    contactKind: "phone",
    contact: "090-0000-0000",
    onBehalfOrganisation: "",
    onBehalfPhone: "",
    choices: [employer.id],
  });
  const alertToken = await subscribeAlert(db, `${word}@example.jp`, "housing=1", "http://127.0.0.1");
  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: [jobs[0].id], published: true, title: `求人情報誌 冬号 ${word}` });
  return [
    "/",
    "/jobs",
    `/jobs?q=${word}`,
    `/jobs/${jobs[0].id}`,
    `/jobs/${jobs[0].id}/contact`,
    `/employers/${employer.id}`,
    "/events",
    `/events/${event.id}`,
    `/events/${event.id}/register`,
    "/magazine",
    `/magazine/${number}`,
    "/for-employers",
    "/for-employers/support",
    // With answers: the result's headings and table.
    `/for-employers/support?${SUPPORT_QUESTIONS.map((q) => `${q.name}=yes`).join("&")}`,
    "/for-supporters",
    "/help",
    "/alerts",
    `/alerts/${alertToken}`,
    `/registrations/${registration!.code}`,
    "/saved",
  ];
}

/**
 * Per block, the kanji outside any <ruby> that has a reading, and how many readings the first
 * h1 has. The readings themselves (<rt>) are not counted as text.
 */
async function bareKanji(page: Page) {
  return page.evaluate((selector) => {
    const kanji = /\p{Script=Han}/u;
    const bare: string[] = [];
    for (const block of Array.from(document.querySelectorAll(selector))) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let found = "";
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest("rt")) continue;
        const ruby = parent.closest("ruby");
        if (ruby && ruby.querySelector("rt")?.textContent) continue;
        if (kanji.test(node.textContent ?? "")) found += node.textContent;
      }
      if (found) bare.push(`<${block.tagName.toLowerCase()}> ${found.trim()}`);
    }
    const h1 = document.querySelector("h1");
    return { bare: [...new Set(bare)], h1Readings: h1 ? h1.querySelectorAll("rt").length : -1 };
  }, BLOCKS);
}

async function rubiesIn(page: Page) {
  return page.locator(BLOCKS).evaluateAll((blocks) => blocks.reduce((n, b) => n + b.querySelectorAll("ruby").length, 0));
}

for (const javaScriptEnabled of [false, true]) {
  test(`with furigana on, every heading and fixed label of every public page carries readings; off, none (JavaScript ${
    javaScriptEnabled ? "on" : "off"
  })`, async ({ browser, db, baseURL }) => {
    const paths = await publicPages(db);
    for (const furigana of [true, false]) {
      const context = await browser.newContext({ baseURL, javaScriptEnabled });
      if (furigana) await context.addCookies([{ name: "furigana", value: "1", url: baseURL! }]);
      const page = await context.newPage();
      // The browser's page agrees with the server's: no hydration mismatch.
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      for (const path of paths) {
        await test.step(`${path}, furigana ${furigana ? "on" : "off"}`, async () => {
          await openPage(page, path, javaScriptEnabled);
          if (furigana) {
            const { bare, h1Readings } = await bareKanji(page);
            expect(bare, path).toEqual([]);
            expect(h1Readings, path).toBeGreaterThan(0);
          } else {
            expect(await rubiesIn(page), path).toBe(0);
          }
        });
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });
}

test("with furigana on, a screen reader hears the site name, the menu and a heading once, without their readings", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "furigana", value: "1", url: baseURL! }]);
  await page.goto("/jobs");
  // (The accessibility tree puts a space between ruby runs.)
  const heard = async (locator: ReturnType<typeof page.locator>) => (await locator.ariaSnapshot()).replace(/\s+/g, "");
  const header = await heard(page.locator("header.site-header"));
  for (const name of ["熊本市協力雇用主求人サイト", "求人をさがす", "保存した求人", "説明会・セミナー", "求人情報誌", "事業主の方へ"]) {
    expect(header).toContain(name);
  }
  for (const reading of ["くまもと", "きゅうじん", "せつめい", "じぎょう"]) expect(header).not.toContain(reading);
  await expect(page.locator("nav.main-nav a[href='/jobs'] rt").first()).toBeAttached();
  await expect(page.locator("header .site-name rt").first()).toBeAttached();
  await expect(page.getByRole("button", { name: "ふりがなを けす" })).toBeVisible();
  const footer = await heard(page.locator("footer.site-footer"));
  expect(footer).toContain("生活安全課");
  expect(footer).not.toContain("せいかつ");
  const heading = await heard(page.getByRole("heading", { level: 1 }));
  expect(heading).toContain("求人をさがす");
  expect(heading).not.toContain("きゅうじん");
});

test("public pages with furigana on headings pass axe and fit 360 px", async ({ browser, db, baseURL }) => {
  const paths = await publicPages(db);
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 800 } });
  await context.addCookies([{ name: "furigana", value: "1", url: baseURL! }]);
  const page = await context.newPage();
  for (const path of paths) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator("h1 rt").first(), path).toBeAttached();
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

for (const javaScriptEnabled of [false, true]) {
  test(`the switch turns the header's and the heading's readings on and off (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled });
    const page = await context.newPage();
    await openPage(page, "/help", javaScriptEnabled);
    await expect(page.locator("header.site-header rt, h1 rt")).toHaveCount(0);
    await page.getByRole("button", { name: "ふりがなを つける" }).click();
    await expect(page.getByRole("button", { name: "ふりがなを けす" })).toBeVisible();
    await expect(page.locator("nav.main-nav rt").first()).toBeAttached();
    await expect(page.locator("footer.site-footer rt").first()).toBeAttached();
    await expect(page.locator("h1 rt").first()).toBeAttached();
    await page.getByRole("button", { name: "ふりがなを けす" }).click();
    await expect(page.getByRole("button", { name: "ふりがなを つける" })).toBeVisible();
    await expect(page.locator("header.site-header rt, footer.site-footer rt, h1 rt")).toHaveCount(0);
    await context.close();
  });
}

test("an ended posting's page (410) carries readings on its headings with furigana on, none without", async ({ browser, db, baseURL }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [
    { title: `型枠大工 ${word}`, status: "closed" },
    { title: `介護職員 ${word}` },
  ]);
  for (const furigana of [true, false]) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    if (furigana) await context.addCookies([{ name: "furigana", value: "1", url: baseURL! }]);
    const page = await context.newPage();
    expect((await page.goto(`/jobs/${jobs[0].id}`))?.status()).toBe(410);
    await expect(page.locator("#similar-title")).toBeVisible();
    if (furigana) {
      const { bare, h1Readings } = await bareKanji(page);
      expect(bare).toEqual([]);
      expect(h1Readings).toBeGreaterThan(0);
    } else expect(await rubiesIn(page)).toBe(0);
    await context.close();
  }
});

test("moving in the app between the staff's pages and public pages, the header's readings follow, and read right", async ({
  page,
  context,
  baseURL,
  signInAsStaff,
}) => {
  await signInAsStaff();
  await context.addCookies([{ name: "furigana", value: "1", url: baseURL! }]);
  await openPage(page, "/staff", true);
  await expect(page.locator("header.site-header")).toBeVisible();
  await expect(page.locator("header.site-header rt, footer.site-footer rt")).toHaveCount(0);
  // To a public page without a full load: the root's data is not fetched again.
  await page.locator("header.site-header").getByRole("link", { name: "求人をさがす" }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  const menu = page.getByRole("navigation", { name: "メインメニュー" });
  await expect(menu.locator("rt").first()).toBeAttached();
  // 方 naming people reads かた; the city office's town reads てとりほんちょう.
  await expect(menu.locator('a[href="/for-employers"] rt')).toHaveText(["じぎょう", "ぬし", "かた"]);
  await expect(page.locator("footer.site-footer ruby", { hasText: "手取本町" }).locator("rt")).toHaveText("てとりほんちょう");
  await page.goBack();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.locator("header.site-header rt, footer.site-footer rt")).toHaveCount(0);
});

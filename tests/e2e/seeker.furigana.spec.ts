import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { makeMagazineIssue } from "../factories";
import { expect, expectAccessible, freeIssueNumber, openPage, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

const KANJI = /[\p{Script=Han}々]/u;
const DESCRIPTION = "型枠の組み立てと解体の仕事です。先輩が丁寧に教えます。普通自動車免許があれば尚可。厚生年金に加入します。";

/** The kanji of a block that are not under a <ruby> with a reading, and how many readings it has. */
async function readingsIn(page: Page, selector: string) {
  return page.locator(selector).evaluate((root, kanji) => {
    const re = new RegExp(kanji, "u");
    const bare: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest("rt")) continue;
      const ruby = parent.closest("ruby");
      if (ruby && ruby.querySelector("rt")?.textContent) continue;
      for (const ch of node.textContent ?? "") if (re.test(ch)) bare.push(ch);
    }
    return { bare: bare.join(""), rt: root.querySelectorAll("rt").length };
  }, KANJI.source);
}

test("with the furigana cookie every kanji run of a posting's description has a reading; without it, none", async ({ page, db, context, baseURL }) => {
  // The first page with readings loads the analyser's dictionary.
  test.setTimeout(120_000);
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `型枠大工 ${word}`, description: DESCRIPTION }]);
  // The label itself gets readings when furigana is on.
  const description = ".detail-row:has(dt:text-matches('^仕事(しごと)?の中身(なかみ)?$')) dd";
  await page.goto(`/jobs/${jobs[0].id}`);
  expect(await readingsIn(page, description)).toEqual({ bare: expect.stringContaining("型枠"), rt: 0 });
  await context.addCookies([{ name: "furigana", value: "1", url: baseURL! }]);
  await page.goto(`/jobs/${jobs[0].id}`);
  const on = await readingsIn(page, description);
  expect(on.bare).toBe("");
  expect(on.rt).toBeGreaterThanOrEqual(8);
  // The analyser cuts 型枠 in two words: 型[かた] 枠[わく].
  const pairs = await page
    .locator(description)
    .locator("ruby")
    .evaluateAll((rubies) => rubies.map((r) => [r.firstChild?.textContent, r.querySelector("rt")?.textContent]));
  expect(pairs.slice(0, 2)).toEqual([
    ["型", "かた"],
    ["枠", "わく"],
  ]);
  // Screen readers get the word once: the reading is out of the accessibility tree.
  const tree = await page.locator(description).ariaSnapshot();
  // (The tree puts a space between ruby runs.)
  expect(tree.replace(/\s+/g, "")).toContain("型枠の組み立て");
  expect(tree).not.toContain("かたわく");
});

for (const javaScriptEnabled of [false, true]) {
  test(`the header switch turns furigana on and off and stays on the same page (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser, db, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled });
    const page = await context.newPage();
    const word = uniqueWord();
    const { jobs } = await makeSeekerJobs(db, word, [{ title: `型枠大工 ${word}`, description: DESCRIPTION }]);
    const url = `/jobs/${jobs[0].id}`;
    await openPage(page, url, javaScriptEnabled);
    await expect(page.locator("main rt")).toHaveCount(0);
    await page.getByRole("button", { name: "ふりがなを つける" }).click();
    await expect(page.getByRole("button", { name: "ふりがなを けす" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(url);
    await expect(page.locator("main rt").first()).toBeAttached();
    expect((await context.cookies()).find((c) => c.name === "furigana")?.value).toBe("1");
    // Another page remembers it.
    await page.goto("/jobs");
    await page.goto(url);
    await expect(page.locator("main rt").first()).toBeAttached();
    await page.getByRole("button", { name: "ふりがなを けす" }).click();
    await expect(page.getByRole("button", { name: "ふりがなを つける" })).toBeVisible();
    await expect(page.locator("main rt")).toHaveCount(0);
    expect((await context.cookies()).find((c) => c.name === "furigana")).toBeUndefined();
    await context.close();
  });
}

test("the switch goes back only to a page of this site", async ({ request }) => {
  const response = await request.post("/furigana", { form: { furigana: "1", back: "//evil.example/x" }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toBe("/");
  expect(response.headers()["set-cookie"]).toMatch(/^furigana=1;/);
});

test("pages with furigana on pass axe and fit 360 px", async ({ page, db, context, baseURL }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await context.addCookies([{ name: "furigana", value: "1", url: baseURL! }]);
  const word = uniqueWord();
  const { jobs, employer } = await makeSeekerJobs(db, word, [{ title: `型枠大工 ${word}`, description: DESCRIPTION }]);
  for (const url of [`/jobs/${jobs[0].id}`, `/employers/${employer.id}`, "/jobs", "/events"]) {
    expect((await page.goto(url))?.status(), url).toBe(200);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), url).toBe(true);
  }
});

test("the read-aloud button speaks the posting in Japanese with the device's own voice", async ({ page, db }) => {
  await page.addInitScript(() => {
    const spoken: Array<{ text: string; lang: string; voice: string | null }> = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const voice = { lang: "ja-JP", localService: true, name: "テスト", default: true, voiceURI: "test" };
    const synth = {
      getVoices: () => [{ ...voice, lang: "en-US", localService: true, name: "en" }, { ...voice, localService: false, name: "remote" }, voice],
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null }),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      lang = "";
      voice: { name: string } | null = null;
      rate = 1;
      onend: unknown = null;
      onerror: unknown = null;
      constructor(text: string) {
        this.text = text;
      }
    };
  });
  const word = uniqueWord();
  const { jobs, employer } = await makeSeekerJobs(db, word, [{ title: `型枠大工 ${word}`, description: DESCRIPTION }]);
  await openPage(page, `/jobs/${jobs[0].id}`, true);
  await page.getByRole("button", { name: "読み上げる" }).click();
  await expect(page.getByRole("button", { name: "止める" })).toBeVisible();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; lang: string; voice: string }> }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].lang).toBe("ja-JP");
  expect(spoken[0].voice).toBe("テスト");
  expect(spoken[0].text).toContain(`型枠大工 ${word}`);
  expect(spoken[0].text).toContain(employer.name);
  expect(spoken[0].text).toContain(DESCRIPTION);
  await page.getByRole("button", { name: "止める" }).click();
  await expect(page.getByRole("button", { name: "読み上げる" })).toBeVisible();
});

test("no read-aloud button without JavaScript or without speech synthesis", async ({ browser, page, db, baseURL }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `型枠大工 ${word}` }]);
  const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(`/jobs/${jobs[0].id}`);
  await expect(plain.getByRole("heading", { name: `型枠大工 ${word}` })).toBeVisible();
  await expect(plain.getByRole("button", { name: "読み上げる" })).toHaveCount(0);
  await noJs.close();
  await page.addInitScript(() => {
    delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
    Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
  });
  await openPage(page, `/jobs/${jobs[0].id}`, true);
  await expect(page.getByRole("button", { name: "読み上げる" })).toHaveCount(0);
});

test("the magazine prints every posting whole, with readings, and its PDF is tagged", async ({ page, db }) => {
  test.setTimeout(180_000);
  const word = uniqueWord();
  const long = `${DESCRIPTION}\n${"朝は現場に集まって、その日の作業を確認します。安全帯の使い方から覚えます。".repeat(6)}最後まで読んでください。`;
  const message = `私たちは過去より、これからを大切にします。寮もあります。${"一緒に働きましょう。".repeat(4)}`;
  const { jobs } = await makeSeekerJobs(
    db,
    word,
    [
      { title: `型枠大工 ${word}`, description: long },
      { title: `介護スタッフ ${word}`, description: DESCRIPTION },
      { title: `運転手 ${word}`, description: "トラックで荷物を運びます。" },
    ],
    { message },
  );
  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: jobs.map((j) => j.id), published: true });
  await page.goto(`/magazine/${number}/print`, { timeout: 120_000 });
  // No box is cut: every one holds all of its content.
  const cut = await page.locator(".mz-job").evaluateAll((boxes) =>
    boxes.filter((b) => [b, ...b.querySelectorAll(".mz-job-main")].some((e) => e.scrollHeight > e.clientHeight + 1)).length,
  );
  expect(cut).toBe(0);
  // The text as read, without the readings printed above it.
  const bare = (selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("rt").forEach((rt) => rt.remove());
      return copy.textContent ?? "";
    });
  expect(await bare(".mz-job-apply")).toContain("保護観察官か施設の職員へ「1番」と伝えてください");
  expect(await bare(".mz-job")).toContain("募集の期限");
  expect(await bare(".mz-job-qr")).toContain("支援する方へ");
  const pages = Number(await page.locator(".mz-book").getAttribute("data-pages"));

  const response = await page.request.get(`/magazine/${number}.pdf`, { timeout: 120_000 });
  expect(response.status()).toBe(200);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "furigana-pdf-"));
  const file = path.join(dir, "issue.pdf");
  fs.writeFileSync(file, await response.body());
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(new RegExp(`^Pages:\\s+${pages}$`, "m"));
  expect(info).toMatch(new RegExp(`^Title:\\s+.*第${number}号`, "m"));
  expect(info).toMatch(/^Creator:\s+熊本市 協力雇用主 求人サイト$/m);
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  fs.rmSync(dir, { recursive: true, force: true });
  expect(text).not.toContain("…");
  expect(text).toContain("かたわく");
  expect(text).toContain("こうせいねんきん");
  for (const whole of [long, DESCRIPTION, message]) expect(containsWithReadings(text, whole.replace(/\s+/g, "")), whole.slice(0, 20)).toBe(true);
});

/**
 * The text is in the PDF in order, with only readings (hiragana) printed between its
 * characters: a reading follows its kanji in the PDF's text.
 */
function containsWithReadings(haystack: string, needle: string): boolean {
  for (let start = haystack.indexOf(needle[0]); start >= 0; start = haystack.indexOf(needle[0], start + 1)) {
    let at = start;
    let i = 0;
    while (i < needle.length && at < haystack.length) {
      if (haystack[at] === needle[i]) {
        i++;
        at++;
      } else if (/[\u3041-\u3096ー]/.test(haystack[at])) at++;
      else break;
    }
    if (i === needle.length) return true;
  }
  return false;
}

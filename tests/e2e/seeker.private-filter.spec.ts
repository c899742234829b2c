import type { Browser, Page, Request } from "@playwright/test";
import { makeMagazineIssue } from "../factories";
import { expect, freeIssueNumber, openPage, test, uniqueAddress } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// The offence choice is applied to every list of postings, in the browser only: whole
// results are counted and paged, the short lists say what they hide, the panel names no
// category until opened, and not one byte the browser sends differs with the choice.

const CHOICE = '["sexual","drugs"]';
const HIDE = /sexual|drugs/;

/**
 * 32 postings in 農業, newest last made. The eight newest odd ones refuse 性犯罪 or 薬物 (and pay the
 * most); one refuses only 窃盗, one asks to talk about 性犯罪: both stay.
 */
async function makeResult(db: Parameters<typeof makeSeekerJobs>[0], word: string) {
  return makeSeekerJobs(
    db,
    word,
    Array.from({ length: 32 }, (_, i) => {
      const refused = i >= 17 && i % 2 === 1;
      return {
        title: `介護 ${word} ${String(i).padStart(2, "0")}${refused ? " 不可あり" : ""}`,
        pay_unit: "month" as const,
        pay_min: refused ? 500_000 + i * 1000 : 300_000 - i * 1000,
        pay_max: null,
        offences: refused
          ? { [i % 4 === 3 ? "sexual" : "drugs"]: "no" as const }
          : i === 2
            ? { theft: "no" as const }
            : i === 0
              ? { sexual: "consult" as const }
              : {},
      };
    }),
    // An industry no other test posts in, so that the similar postings under one of these
    // are these, whatever other tests publish at the same moment.
    { industry: "agriculture" },
  );
}

function choose(page: Page) {
  return page.addInitScript((choice) => localStorage.setItem("kumamoto-jobs:hide-offences", choice), CHOICE);
}

/** The titles of the cards the person sees, once none is still arriving. */
async function shownTitles(page: Page, within = "main") {
  await expect(page.locator(`${within} .job-card-waiting`)).toHaveCount(0);
  return page.locator(`${within} .job-card:visible h3`).allTextContents();
}

/**
 * No card shown refuses a chosen category. The choice is applied once the page has hydrated
 * (until then the server's cards show, as they do without JavaScript): the hidden count is
 * the sign, and every list this is used on hides some.
 */
async function expectNoneRefused(page: Page) {
  await expect(page.locator(".hidden-count").first()).toContainText("かくしています");
  await expect(page.locator(".job-card-waiting")).toHaveCount(0);
  const refused = await page.locator(".job-card:visible").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-refused") ?? ""));
  expect(refused.filter((r) => /sexual|drugs/.test(r))).toEqual([]);
}

function titles(word: string, numbers: number[]) {
  return numbers.map((i) => `介護 ${word} ${String(i).padStart(2, "0")}`);
}

test("with two kinds chosen, every list shows only postings that accept them and says how many it hides", async ({ page, db }) => {
  test.setTimeout(120_000);
  const word = uniqueWord();
  const { employer, jobs } = await makeResult(db, word);
  await choose(page);

  // A keyword's result, newest first: 24 of 32, over two pages, cards from beyond page 1 of the server.
  await openPage(page, `/jobs?q=${word}`, true);
  await expect(page.getByRole("status").filter({ hasText: "件の求人" })).toHaveText("24件の求人（1〜20件目を表示）");
  await expect(page.getByText("えらんだ罪名が「不可」の求人 8件 を、かくしています。")).toBeVisible();
  const evens = [30, 28, 26, 24, 22, 20, 18, 16];
  expect(await shownTitles(page)).toEqual(titles(word, [...evens, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4]));
  await page.getByRole("navigation", { name: "ページ" }).getByRole("link", { name: "ページ 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "件の求人" })).toHaveText("24件の求人（21〜24件目を表示）");
  expect(await shownTitles(page)).toEqual(titles(word, [3, 2, 1, 0]));

  // Sorted by pay: the best-paid postings refuse, and are not there.
  await openPage(page, `/jobs?q=${word}&sort=pay`, true);
  await expect(page.getByRole("status").filter({ hasText: "件の求人" })).toHaveText("24件の求人（1〜20件目を表示）");
  expect(await shownTitles(page)).toEqual(titles(word, [...Array.from({ length: 16 }, (_, i) => i), 16, 18, 20, 22]));
  await openPage(page, `/jobs?q=${word}&sort=pay&page=2`, true);
  expect(await shownTitles(page)).toEqual(titles(word, [24, 26, 28, 30]));

  // The whole list and a common word, both sorts and pages: what shows plus what hides is everything.
  for (const url of ["/jobs", `/jobs?q=${encodeURIComponent("介護")}`]) {
    for (const sort of ["", "sort=pay"]) {
      for (const pageNo of [1, 2]) {
        const query = [url.includes("?") ? url.split("?")[1] : "", sort, pageNo > 1 ? `page=${pageNo}` : ""].filter(Boolean).join("&");
        const address = `${url.split("?")[0]}${query ? `?${query}` : ""}`;
        await page.context().clearCookies();
        const plain = await (await page.request.get(address)).text();
        const everyone = Number(plain.match(/(\d+)件の求人/)?.[1]);
        await openPage(page, address, true);
        await expectNoneRefused(page);
        const shown = Number((await page.locator(".result-count").textContent())?.match(/(\d+)件の求人/)?.[1]);
        const hidden = Number((await page.locator(".hidden-count").textContent())?.match(/(\d+)件/)?.[1]);
        expect(hidden, address).toBeGreaterThanOrEqual(8);
        expect(shown + hidden, address).toBe(everyone);
        expect(await page.locator(".job-card:visible").count(), address).toBe(Math.max(0, Math.min(20, shown - (pageNo - 1) * 20)));
      }
    }
  }

  // The home page's newest six: the six newest that accept both. Other tests may publish a
  // posting meanwhile, which then comes first: these postings follow it, in order.
  await openPage(page, "/", true);
  const newest = await shownTitles(page);
  expect(newest).toHaveLength(6);
  await expectNoneRefused(page);
  const ours = newest.filter((t) => t.includes(word));
  expect(ours.length).toBeGreaterThanOrEqual(4);
  expect(ours).toEqual(titles(word, [30, 28, 26, 24, 22, 20]).slice(0, ours.length));
  // Between each two of these that show, one that refuses is passed over.
  const hiddenHome = Number((await page.locator(".hidden-count").first().textContent())?.match(/(\d+)件/)?.[1]);
  expect(hiddenHome).toBeGreaterThanOrEqual(ours.length);
  await expect(page.getByText(`えらんだ罪名が「不可」の求人 ${hiddenHome}件 を、かくしています。`)).toBeVisible();

  // Similar postings under a posting, and the employer's page.
  await openPage(page, `/jobs/${jobs[0].id}`, true);
  expect(await shownTitles(page, ".similar-jobs")).toEqual(titles(word, [30, 28, 26, 24]));
  await expect(page.locator(".similar-jobs").getByText("えらんだ罪名が「不可」の求人 4件 を、かくしています。")).toBeVisible();
  await openPage(page, `/employers/${employer.id}`, true);
  expect(await shownTitles(page)).toHaveLength(24);
  await expectNoneRefused(page);
  await expect(page.getByText("えらんだ罪名が「不可」の求人 8件 を、かくしています。")).toBeVisible();

  // The next visit: the panel is closed and names neither category, only how many are set.
  await openPage(page, `/jobs?q=${word}`, true);
  const panel = page.locator(".offence-filter");
  await expect(panel.locator("summary")).toHaveText("罪名で求人をかくす（2つ 設定しています）");
  expect(await panel.evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/性犯罪|薬物/);
  await expect(panel.getByLabel("性犯罪")).toBeHidden();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: "test-results/private-filter-closed-360.png", fullPage: true });

  // Opened, it shows the choice; 「この端末から消す」 clears it and everything shows again.
  await panel.locator("summary").click();
  await expect(panel.getByLabel("性犯罪")).toBeChecked();
  await expect(panel.getByLabel("薬物")).toBeChecked();
  await page.screenshot({ path: "test-results/private-filter-open-360.png", fullPage: true });
  await panel.getByRole("button", { name: "この端末から消す" }).click();
  await expect(page.getByRole("status").filter({ hasText: "件の求人" })).toHaveText("32件の求人（1〜20件目を表示）");
  await expect(panel.locator("summary")).toHaveText("罪名で求人をかくす（設定していません）");
  expect(await page.evaluate(() => localStorage.getItem("kumamoto-jobs:hide-offences"))).toBeNull();
});

type Sent = string[];

/** One browsing session in a fresh browser context: every request's URL, method, headers and body. */
async function browse(browser: Browser, baseURL: string, address: string, ids: { job: number; employer: number }, word: string, withChoice: boolean): Promise<Sent> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
  const page = await context.newPage();
  if (withChoice) await choose(page);
  const sent: Promise<string>[] = [];
  // Read once a request is done: the headers the network stack adds (cookies among them)
  // are known only then; a request cut short by the next page keeps the headers it had.
  const record = (request: Request, done: boolean) =>
    sent.push(
      (done ? request.headersArray() : Promise.resolve(Object.entries(request.headers()).map(([name, value]) => ({ name, value })))).then(
        (headers) => [request.method(), request.url(), request.postData() ?? "", headers.map((h) => `${h.name}: ${h.value}`).sort().join("\n")].join("\n"),
      ),
    );
  page.on("requestfinished", (request) => record(request, true));
  page.on("requestfailed", (request) => record(request, false));
  // Hydration of a long result can outlast the network's quiet half second, and the page's
  // own fetches start only after it: wait for an idle main thread first, then a quiet network.
  const settle = async () => {
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
    await page.waitForLoadState("networkidle");
  };
  await openPage(page, `/jobs?q=${word}`, true);
  await settle();
  await page.getByRole("navigation", { name: "ページ" }).getByRole("link", { name: "ページ 2" }).click();
  await expect(page).toHaveURL(/page=2/);
  await settle();
  await page.getByRole("link", { name: "給料が高い順" }).click();
  await expect(page).toHaveURL(/sort=pay/);
  await settle();
  await openPage(page, `/jobs?q=${encodeURIComponent("介護")}`, true);
  await settle();
  await openPage(page, "/", true);
  await settle();
  await openPage(page, `/jobs/${ids.job}`, true);
  await settle();
  await page.getByRole("link", { name: "この会社のページを見る" }).click();
  await expect(page).toHaveURL(new RegExp(`/employers/${ids.employer}$`));
  await settle();
  // The request headers a page sends include its cookies: read them as sent, above.
  const all = await Promise.all(sent);
  await context.close();
  return all;
}

const isDiscovery = (sent: string) => sent.split("\n")[1].includes("/__manifest?");

// The browser's own favicon fetch runs outside the page, before any script, and is served
// from its cache or not by timing alone: left out.
const isFavicon = (sent: string) => sent.split("\n")[1].endsWith("/favicon.svg");

function requestsOf(sent: Sent) {
  return sent.filter((s) => !isDiscovery(s) && !isFavicon(s)).sort();
}

function discoveredPaths(sent: Sent) {
  const paths = sent.filter(isDiscovery).flatMap((s) => new URL(s.split("\n")[1]).searchParams.getAll("p"));
  return [...new Set(paths)].sort();
}

test("a browsing session sends byte for byte the same requests with and without the choice", async ({ browser, db, baseURL }) => {
  test.setTimeout(120_000);
  const word = uniqueWord();
  const { employer, jobs } = await makeResult(db, word);
  const ids = { job: jobs[0].id, employer: employer.id };
  // One network address for both, as one phone on one network.
  const address = uniqueAddress();
  const without = await browse(browser, baseURL!, address, ids, word, false);
  const withChoice = await browse(browser, baseURL!, address, ids, word, true);
  expect(without.length).toBeGreaterThan(10);
  // The page's own fetch of every card of the result is among them, for both.
  expect(without.filter((s) => s.includes("/jobs/cards.json")).length).toBeGreaterThan(0);
  // Requests run in parallel; their order may differ, their bytes may not.
  expect(requestsOf(withChoice)).toEqual(requestsOf(without));
  // Remix asks for the routes of the links a page renders (/__manifest?p=…), batched by timing:
  // how the addresses are grouped varies from run to run, the addresses asked may not.
  expect(discoveredPaths(withChoice)).toEqual(discoveredPaths(without));
  expect(discoveredPaths(without).filter((p) => /^\/jobs\/\d+$/.test(p))).toEqual([]);
  expect(withChoice.filter((s) => HIDE.test(s) || /性犯罪|薬物|hide-offences/.test(decodeURIComponent(s)))).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the panel says plainly that it needs JavaScript, and every posting shows its conditions", async ({ page, db }) => {
    const word = uniqueWord();
    await makeSeekerJobs(db, word, [{ title: `不可のある仕事 ${word}`, offences: { arson: "no", theft: "no" } }]);
    await page.goto(`/jobs?q=${word}`);
    await expect(
      page.getByText("いまのブラウザでは、「不可」の罪名がある求人をかくすことができません。それぞれの求人に「採用できない罪名」が書いてあるので、それを見てください。"),
    ).toBeVisible();
    await expect(page.getByText("採用できない罪名: 窃盗・放火")).toBeVisible();
    await expect(page.getByRole("button", { name: /保存/ })).toHaveCount(0);
  });
});

test("the magazine's web edition hides the postings the choice refuses, as frozen in the issue, and keeps the paper's numbers", async ({
  page,
  db,
}) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [
    { title: `溶接工 ${word}` },
    { title: `警備員 ${word}`, offences: { sexual: "no" } },
    { title: `調理補助 ${word}`, offences: { sexual: "consult", theft: "no" } },
    { title: `配送ドライバー ${word}`, offences: { drugs: "no" } },
  ]);
  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: jobs.map((j) => j.id), published: true });
  // After publishing, the live postings accept everything: the issue keeps what it printed.
  await db.updateTable("job_offence_rules").set({ acceptance: "ok" }).where("job_id", "in", jobs.map((j) => j.id)).execute();

  await choose(page);
  await openPage(page, `/magazine/${number}`, true);
  await expect(page.getByText("えらんだ罪名が「不可」の求人 2件 を、かくしています。")).toBeVisible();
  const shown = page.locator(".mz-entry:visible");
  await expect(shown).toHaveCount(2);
  expect(await shown.locator("h2").allTextContents()).toEqual([`溶接工 ${word}`, `調理補助 ${word}`]);
  // The numbers stay those of the paper, so a person can tell the officer 「3番」.
  expect(await shown.locator(".mz-entry-no").allTextContents()).toEqual(["1", "3"]);
  await expect(page.locator(".mz-entry").filter({ hasText: `警備員 ${word}` })).toBeHidden();

  // Without a choice every entry shows and nothing is said to be hidden.
  const plain = await (await page.context().browser()!.newContext()).newPage();
  await openPage(plain, `${new URL(page.url()).origin}/magazine/${number}`, true);
  await expect(plain.locator(".mz-entry:visible")).toHaveCount(4);
  await expect(plain.getByText(/を、かくしています。/)).toHaveCount(0);
  await plain.context().close();
});

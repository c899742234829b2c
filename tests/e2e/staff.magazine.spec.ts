import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Industry, Ward } from "../../db/types";
import { makeEmployer, makeJob, makeMagazineIssue } from "../factories";
import { auditOf, expect, freeIssueNumber, test } from "./fixtures";
import { bareText, bareTexts } from "./print-text";

// Staff build an issue of 25 postings from the same search as /jobs, order it, publish it,
// and the web edition, the print page and the PDF all carry the 25 frozen postings.

const INDUSTRIES: Industry[] = ["construction", "care", "manufacturing", "food", "transport"];
const WARDS: Ward[] = ["chuo", "higashi", "nishi", "minami", "kita"];

async function makePostings(db: Kysely<Database>, word: string, count: number) {
  const made: Array<{ id: number; title: string; employer: string }> = [];
  for (let i = 1; i <= count; i += 1) {
    const employer = await makeEmployer(db, {
      name: `有限会社 試験${word}商会${i}`,
      industry: INDUSTRIES[i % INDUSTRIES.length],
      ward: WARDS[(i * 2) % WARDS.length],
    });
    const job = await makeJob(db, {
      employerId: employer.id,
      title: `倉庫の仕分け作業員 ${word}番${i}`,
      offences: i % 3 === 0 ? { sexual: "no", arson: "consult" } : {},
    });
    made.push({ id: job.id, title: job.title, employer: employer.name });
  }
  return made;
}

const squash = (text: string) => text.replace(/\s+/g, "");

test("staff build, order and publish an issue of 25; it never changes afterwards", async ({ page, db, signInAsStaff }) => {
  test.setTimeout(120_000);
  const word = `mz${randomUUID().slice(0, 6)}`;
  const postings = await makePostings(db, word, 25);
  const staff = await signInAsStaff();

  await page.goto("/staff/magazine");
  const number = Number(await page.getByLabel("号数（第何号か）").inputValue());
  await page.getByLabel("題名").fill(`試験号 ${word}`);
  await page.getByLabel("表紙のことば").fill("あなたの力を必要としている会社があります。");
  await page.getByLabel("編集部から").fill("気になる仕事があったら、担当の人に伝えてください。");
  await page.getByRole("button", { name: "下書きを作る" }).click();
  await expect(page).toHaveURL(/\/staff\/magazine\/\d+$/);
  const issueId = Number(new URL(page.url()).pathname.split("/").pop());
  const done = page.locator("p.notice[role=status]");

  // The same search as /jobs: the unique word finds exactly these 25.
  await page.getByLabel("ことばでさがす").fill(word);
  await page.getByRole("button", { name: "さがす", exact: true }).click();
  await expect(page.getByText("25件見つかりました")).toBeVisible();
  await page.getByRole("button", { name: "この条件の求人をすべて加える（25件）" }).click();
  await expect(done).toContainText("25件の求人を加えました。");
  await expect(page.getByRole("heading", { name: "のせる求人（25件）" })).toBeVisible();

  await page.getByLabel("並べ方", { exact: true }).selectOption("ward");
  await page.getByRole("button", { name: "この並べ方にする" }).click();
  await expect(done).toContainText("並べ替えました。");
  const items = page.locator(".mz-items > li");
  const second = (await items.nth(1).locator("strong").first().textContent())!;
  await items.nth(1).getByRole("button", { name: /^上へ/ }).click();
  await expect(items.first().locator("strong").first()).toHaveText(second);

  const started = Date.now();
  await page.getByRole("link", { name: `第${number}号を発行する` }).click();
  await page.getByRole("button", { name: `はい、第${number}号を発行する` }).click();
  await expect(done).toHaveText("発行しました。PDF もできています。", { timeout: 60_000 });
  const publishSeconds = (Date.now() - started) / 1000;
  console.log(`publishing 25 postings, PDF included: ${publishSeconds.toFixed(1)} s`);

  // Every staff change was one audit entry.
  const audit = await auditOf(db, "magazine_issue", issueId);
  expect(audit.map((a) => a.action)).toEqual([
    "magazine.create",
    "magazine.items.add",
    "magazine.reorder",
    "magazine.reorder",
    "magazine.publish",
  ]);
  expect(new Set(audit.map((a) => a.actor_email))).toEqual(new Set([staff.email]));

  // The web edition and the print page show all 25.
  await page.goto(`/magazine/${number}`);
  await expect(page.locator(".mz-entry")).toHaveCount(25);
  for (const p of postings) await expect(page.getByRole("heading", { name: p.title, exact: true })).toBeVisible();
  await page.goto(`/magazine/${number}/print`);
  await expect(page.locator(".mz-job")).toHaveCount(25);
  // Titles as read, without the readings printed above their kanji.
  const titles = await bareTexts(page.locator(".mz-job h3"));
  for (const p of postings) expect(titles).toContain(p.title);
  const pages = Number(await page.locator(".mz-book").getAttribute("data-pages"));
  expect(pages).toBe(await page.locator(".mz-page").count());
  await expect(page.getByTestId("page-total")).toHaveText(`全${pages}ページ`);
  // One contents line for each posting, and one for the help list frozen with the issue.
  await expect(page.locator(".mz-contents-list li:not(.mz-contents-help)")).toHaveCount(25);
  await expect(page.locator(".mz-contents-help")).toHaveCount(1);
  await expect(page.locator(".mz-page-help .mz-help-entry").filter({ hasText: "ハローワーク" }).first()).toBeVisible();

  // The PDF: stored, A4, as many pages as the print page, every title and employer in it.
  const response = await page.request.get(`/magazine/${number}.pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`inline; filename="magazine-${number}.pdf"`);
  const pdf = await response.body();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "magazine-e2e-"));
  const file = path.join(dir, "issue.pdf");
  fs.writeFileSync(file, pdf);
  const info = execFileSync("pdfinfo", ["-box", file], { encoding: "utf8" });
  expect(info).toMatch(new RegExp(`^Pages:\\s+${pages}$`, "m"));
  const box = info.match(/^MediaBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$/m)!;
  expect([Math.round(Number(box[3]) - Number(box[1])), Math.round(Number(box[4]) - Number(box[2]))]).toEqual([595, 842]);
  const text = squash(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
  for (const p of postings) {
    expect(text).toContain(squash(p.title));
    expect(text).toContain(squash(p.employer));
  }

  // A later edit of a posting and of its employer leaves the published issue as it was.
  const edited = postings[4];
  await db.updateTable("jobs").set({ title: `書き換えた職種 ${word}`, pay_min: 1 }).where("id", "=", edited.id).execute();
  const job = await db.selectFrom("jobs").select("employer_id").where("id", "=", edited.id).executeTakeFirstOrThrow();
  await db.updateTable("employers").set({ name: `書き換えた会社 ${word}` }).where("id", "=", job.employer_id).execute();
  for (const url of [`/magazine/${number}`, `/magazine/${number}/print`]) {
    await page.goto(url);
    // The print page has readings over its kanji: its text is read without them.
    const text = await bareText(page.locator("main"));
    expect(text, url).toContain(edited.title);
    expect(text, url).toContain(edited.employer);
    expect(text, url).not.toContain("書き換えた");
  }
  const again = await page.request.get(`/magazine/${number}.pdf`);
  expect(Buffer.compare(await again.body(), pdf)).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test.describe("the new-issue form without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("refuses bad input with Japanese messages, status 400 and the typed values kept", async ({ page, signInAsStaff }) => {
    await signInAsStaff();
    await page.goto("/staff/magazine");
    await page.getByLabel("号数（第何号か）").fill("二号");
    await page.getByLabel("題名").fill("");
    await page.getByLabel("表紙のことば").fill("残しておく表紙のことば");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "下書きを作る" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page.locator("#field-number-error")).toHaveText("号数は半角の数字で入力してください（例: 2）");
    await expect(page.locator("#field-title-error")).toHaveText("題名を入力してください");
    await expect(page.getByLabel("号数（第何号か）")).toHaveValue("二号");
    await expect(page.getByLabel("表紙のことば")).toHaveValue("残しておく表紙のことば");
  });

  test("refuses a number that is already taken", async ({ page, db, signInAsStaff }) => {
    await signInAsStaff();
    await page.goto("/staff/magazine");
    const next = Number(await page.getByLabel("号数（第何号か）").inputValue());
    await page.getByRole("button", { name: "下書きを作る" }).click();
    await expect(page).toHaveURL(/\/staff\/magazine\/\d+$/);
    const count = async () =>
      Number((await db.selectFrom("magazine_issues").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const before = await count();
    await page.goto("/staff/magazine");
    await page.getByLabel("号数（第何号か）").fill(String(next));
    await page.getByRole("button", { name: "下書きを作る" }).click();
    await expect(page.locator("#field-number-error")).toHaveText(`第${next}号はもうあります。ほかの号数にしてください`);
    expect(await count()).toBe(before);
  });
});

test.describe("building an issue without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("picks postings, moves and removes one, then publishes", async ({ page, db, signInAsStaff }) => {
    test.setTimeout(60_000);
    const word = `mz${randomUUID().slice(0, 6)}`;
    const postings = await makePostings(db, word, 3);
    await signInAsStaff();
    await page.goto("/staff/magazine");
    const number = Number(await page.getByLabel("号数（第何号か）").inputValue());
    await page.getByRole("button", { name: "下書きを作る" }).click();
    await expect(page).toHaveURL(/\/staff\/magazine\/\d+$/);
    await page.getByLabel("ことばでさがす").fill(word);
    await page.getByRole("button", { name: "さがす", exact: true }).click();
    for (const p of postings) await page.getByRole("checkbox", { name: new RegExp(p.title) }).check();
    await page.getByRole("button", { name: "えらんだ求人を加える" }).click();
    const done = page.locator("p.notice[role=status]");
    await expect(done).toHaveText("3件の求人を加えました。");
    const titles = () => page.locator(".mz-items > li strong:first-child").allTextContents();
    const [first, second] = await titles();
    const item = (title: string) => page.locator(".mz-items > li").filter({ hasText: title });
    await item(first).getByRole("button", { name: /^下へ/ }).click();
    await expect(done).toHaveText("並べ替えました。");
    expect((await titles()).slice(0, 2)).toEqual([second, first]);
    await item(second).getByRole("button", { name: /^外す/ }).click();
    await expect(done).toHaveText("外しました。");
    expect(await titles()).toHaveLength(2);
    // A tampered order is refused at the top of the page; the issue's details stay filled in.
    const titleBefore = await page.getByLabel("題名").inputValue();
    await page.locator("#mz-mode option").first().evaluate((option: HTMLOptionElement) => (option.value = "bogus"));
    await page.locator("#mz-mode").selectOption({ index: 0 });
    await page.getByRole("button", { name: "この並べ方にする" }).click();
    await expect(page.getByRole("alert")).toHaveText("並べ方を選んでください");
    await expect(page.getByLabel("題名")).toHaveValue(titleBefore);
    await page.getByLabel("題名").fill(`直した題名 ${word}`);
    await page.getByLabel("発行日").fill("2026-12-01");
    await page.getByRole("button", { name: "保存する" }).click();
    await expect(done).toHaveText("保存しました。");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`第${number}号 直した題名 ${word}`);
    await page.getByRole("link", { name: `第${number}号を発行する` }).click();
  await page.getByRole("button", { name: `はい、第${number}号を発行する` }).click();
    await expect(done).toHaveText("発行しました。PDF もできています。", { timeout: 30_000 });
    await expect(page.getByRole("button", { name: "保存する" })).toHaveCount(0);
    await page.goto(`/magazine/${number}/print`);
    await expect(page.locator(".mz-job")).toHaveCount(2);
    expect(await bareText(page.locator(".mz-cover-title"))).toBe(`直した題名 ${word}`);
    expect((await bareTexts(page.locator(".mz-job h3")))[0]).toBe(first);
  });
});

test("with JavaScript the form checks a field as soon as it is left, before anything is sent", async ({ page, signInAsStaff }) => {
  await signInAsStaff();
  await page.goto("/staff/magazine");
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.getByLabel("号数（第何号か）").fill("0");
  await page.getByLabel("題名").focus();
  await expect(page.locator("#field-number-error")).toHaveText("号数は1以上にしてください");
  await page.getByLabel("題名").fill("");
  await page.getByRole("button", { name: "下書きを作る" }).click();
  await expect(page.locator("#field-title-error")).toHaveText("題名を入力してください");
  expect(posts).toEqual([]);
});

test("only staff reach the magazine pages, and a draft is not public", async ({ page, db, baseURL, signInAsEmployer, signInAsStaff }) => {
  // A draft of this test's own, with a posting in it, so that publishing it could succeed.
  const employer = await makeEmployer(db, { status: "approved" });
  const job = await makeJob(db, { employerId: employer.id, title: `下書きの求人 ${randomUUID().slice(0, 8)}` });
  const draft = await makeMagazineIssue(db, { number: await freeIssueNumber(db), jobIds: [job.id], published: false });

  const anonymous = await page.request.get("/staff/magazine", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(302);
  expect(anonymous.headers().location).toMatch(/^\/login\?redirectTo=/);

  await signInAsEmployer();
  expect((await page.request.get("/staff/magazine")).status()).toBe(403);
  // A form post from this site (so the origin check passes): only the staff guard stops it,
  // and it must stop it before the action runs, not only hide the answer behind the layout.
  const publish = await page.request.post(`/staff/magazine/${draft.id}`, {
    form: { intent: "publish", confirm: "yes" },
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(publish.status()).toBe(403);
  expect(await db.selectFrom("magazine_issues").select(["status", "published_at", "updated_at"]).where("id", "=", draft.id).executeTakeFirstOrThrow()).toEqual({
    status: "draft",
    published_at: null,
    updated_at: draft.updated_at,
  });
  expect(await db.selectFrom("magazine_items").select("snapshot").where("issue_id", "=", draft.id).execute()).toEqual([{ snapshot: null }]);
  expect((await page.request.get(`/magazine/${draft.number}`)).status()).toBe(404);
  expect((await page.request.get(`/magazine/${draft.number}/print`)).status()).toBe(404);
  expect((await page.request.get(`/magazine/${draft.number}.pdf`)).status()).toBe(404);

  await page.context().clearCookies();
  await signInAsStaff();
  expect((await page.request.get(`/magazine/${draft.number}/print`)).status()).toBe(200);
  expect((await page.request.get(`/magazine/${draft.number}.pdf`)).status()).toBe(404);
});

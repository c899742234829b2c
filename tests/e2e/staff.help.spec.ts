import { randomUUID } from "node:crypto";
import { auditOf, expect, openPage, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";
import { submitExpecting400 } from "./submit";

// Where to turn besides a job: /help shows the entries staff keep at /staff/help (each
// change audited), /for-supporters explains the site to the people who help a job seeker,
// and postings without housing and the contact page lead to /help.

test.describe.configure({ timeout: 120_000 });

test("/help lists the contacts by area, marks the examples, and gives the office phone", async ({ page }) => {
  const response = await page.goto("/help");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("こまったときの相談先");
  await expect(page).toHaveTitle("こまったときの相談先 | 熊本市 協力雇用主 求人サイト");
  for (const area of ["住まい", "体と心・くらし", "お酒・薬物・ギャンブルをやめたいとき", "仕事"]) {
    await expect(page.getByRole("heading", { level: 2, name: area })).toBeVisible();
  }
  const housing = page.locator("#help-housing");
  for (const name of ["セーフティネット住宅", "居住支援法人", "市営住宅"]) {
    await expect(housing.getByRole("heading", { level: 3, name: new RegExp(name) })).toContainText("例");
  }
  const work = page.locator("#help-work");
  for (const name of ["保護観察所", "ハローワーク", "コレワーク"]) await expect(work).toContainText(name);
  await expect(page.getByText("「例」と書いてある相談先は、見本です。")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /096-000-0000/ })).toHaveAttribute("href", "tel:0960000000");
  await page.getByRole("link", { name: "保護観察官・施設の職員・ハローワークの方へ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("保護観察官・施設の職員・ハローワークの方へ");
  for (const section of ["印刷する", "本人に代わって、市に連絡をお願いする", "「採用できない罪名」の欄の読み方"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
});

test("a posting without housing and the contact page lead to /help; one with housing does not", async ({ page, db }) => {
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [
    { title: `寮なしの仕事 ${word}`, housing: 0 },
    { title: `寮つきの仕事 ${word}`, housing: 1 },
  ]);
  await page.goto(`/jobs/${jobs[1].id}`);
  await expect(page.getByRole("link", { name: "住まいにこまったら" })).toHaveCount(0);
  await page.goto(`/jobs/${jobs[0].id}`);
  await page.getByRole("link", { name: "住まいにこまったら" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await page.goto(`/jobs/${jobs[0].id}/contact`);
  await expect(page.getByRole("link", { name: "住まいやくらしのことで、こまったら" })).toHaveAttribute("href", "/help");
});

for (const javaScriptEnabled of [true, false]) {
  test(`staff add, change and remove a contact; /help follows and each change is audited (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    context,
    db,
    signInAsStaff,
  }) => {
    const staff = await signInAsStaff();
    const page = javaScriptEnabled
      ? await context.newPage()
      : await (await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() })).newPage();
    const tag = randomUUID().slice(0, 6);
    const name = `居住支援の窓口 ${tag}`;
    const body = `部屋さがしを手伝います。${tag}`;

    await openPage(page, "/staff/help", javaScriptEnabled);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("相談先のページ");
    await expect(page.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: "相談先" })).toBeVisible();

    // Refused: no name, a bad address. Messages next to the fields, what was typed kept, nothing saved.
    await page.getByLabel("分野").selectOption("housing");
    await page.getByLabel("説明", { exact: true }).fill(body);
    await page.getByLabel("ホームページ").fill("jobs.example.jp");
    await page.getByLabel("ホームページ").press("Tab");
    await submitExpecting400(page, "加える", javaScriptEnabled);
    await expect(page.locator("#field-name-error")).toHaveText("名前を入力してください");
    await expect(page.locator("#field-url-error")).toHaveText("URLは http:// か https:// で始めてください");
    await expect(page.getByLabel("説明", { exact: true })).toHaveValue(body);
    const before = await db.selectFrom("help_entries").select("id").where("body", "=", body).execute();
    expect(before).toEqual([]);

    await page.getByLabel("名前", { exact: true }).fill(name);
    await page.getByLabel("ホームページ").fill("https://jobs.example.jp/housing");
    await page.getByLabel("連絡先", { exact: true }).fill("電話 096-000-0000（例）");
    await page.getByRole("button", { name: "加える" }).click();
    await expect(page.getByRole("status")).toContainText("相談先を加えました");
    const row = await db.selectFrom("help_entries").selectAll().where("name", "=", name).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ section: "housing", body, url: "https://jobs.example.jp/housing", is_example: 0 });

    const seeker = await (await browser.newContext()).newPage();
    await seeker.goto(`${new URL(page.url()).origin}/help`);
    const entry = seeker.locator("#help-housing .help-entry", { hasText: name });
    await expect(entry).toContainText(body);
    await expect(entry.getByRole("heading")).toHaveText(name);

    // Change it: now an example, under work.
    await page.getByRole("link", { name: `「${name}」を直す` }).click();
    await expect(page.getByRole("heading", { level: 2, name: `「${name}」を直す` })).toBeVisible();
    await page.getByLabel("分野").selectOption("work");
    await page.getByLabel(/例として出す/).check();
    await page.getByRole("button", { name: "直す", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("相談先を直しました");
    expect(await db.selectFrom("help_entries").select(["section", "is_example"]).where("id", "=", row.id).executeTakeFirst()).toEqual({
      section: "work",
      is_example: 1,
    });
    await seeker.reload();
    await expect(seeker.locator("#help-work .help-entry", { hasText: name }).getByRole("heading")).toContainText("例");

    await page.getByRole("button", { name: `「${name}」を消す` }).click();
    await expect(page.getByRole("status")).toContainText("相談先を消しました");
    expect(await db.selectFrom("help_entries").select("id").where("id", "=", row.id).execute()).toEqual([]);
    await seeker.reload();
    await expect(seeker.getByText(name)).toHaveCount(0);

    const audit = await auditOf(db, "help_entry", row.id);
    expect(audit.map((a) => [a.action, a.actor_user_id])).toEqual([
      ["help_entry.add", staff.id],
      ["help_entry.change", staff.id],
      ["help_entry.delete", staff.id],
    ]);
    await openPage(page, `/staff/audit?kind=account`, javaScriptEnabled);
    await expect(page.getByText(`相談先のページから相談先「${name}」を消しました`)).toBeVisible();
    await seeker.context().close();
  });
}

test("/staff/help is for staff only: the login page for a visitor, 403 for an employer, even on a post", async ({ page, signInAsEmployer, db }) => {
  const anonymous = await page.request.get("/staff/help", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(302);
  expect(anonymous.headers()["location"]).toMatch(/^\/login/);
  await signInAsEmployer();
  expect((await page.goto("/staff/help"))?.status()).toBe(403);
  const name = `勝手な相談先 ${randomUUID().slice(0, 6)}`;
  const post = await page.request.post("/staff/help", {
    form: { intent: "add", section: "work", name, body: "説明", contact: "", url: "", position: "" },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(403);
  expect(await db.selectFrom("help_entries").select("id").where("name", "=", name).execute()).toEqual([]);
});

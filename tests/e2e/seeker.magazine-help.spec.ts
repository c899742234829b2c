import { execFileSync } from "node:child_process";
import { randomInt } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { makeMagazineIssue } from "../factories";
import { expect, freeIssueNumber, openPage, test } from "./fixtures";
import { bareText, bareTexts } from "./print-text";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// The printed magazine's back pages carry the help list of /help: names, what each place
// does, phone numbers and addresses, with readings, for readers inside who have no phone.
// Publishing freezes the list into the issue; a draft shows it as it is now.

test.describe.configure({ timeout: 180_000 });

/** A help entry of this test's own, with a phone number no other test prints. */
async function makeHelpEntry(db: Kysely<Database>, word: string) {
  const phone = `096-${randomInt(100, 999)}-${randomInt(1000, 9999)}`;
  const now = new Date().toISOString();
  const entry = {
    section: "housing" as const,
    name: `くまもと住まい相談室 ${word}`,
    body: "部屋さがしと、入居の手続きを手伝います。保証人がいないときも相談できます。",
    contact: `電話 ${phone}（平日 9時〜17時）\n熊本市中央区手取本町1-1`,
    url: "https://example.jp/sumai",
    position: 1,
    is_example: 0,
  };
  const { id } = await db
    .insertInto("help_entries")
    .values({ ...entry, created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id, phone, ...entry };
}

test("the print page's back pages list where to turn, with phone and address, and the PDF carries them", async ({ page, db }) => {
  const word = uniqueWord();
  const entry = await makeHelpEntry(db, word);
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `配送ドライバー ${word}` }, { title: `介護スタッフ ${word}` }]);
  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: jobs.map((j) => j.id), published: true });

  await page.goto(`/magazine/${number}/print`);
  const helpPages = page.locator(".mz-page-help");
  expect(await helpPages.count()).toBeGreaterThan(0);
  const first = helpPages.first();
  expect(await bareText(first.locator("h2"))).toBe("こまったときの相談先");
  // Every kanji carries its reading, on these pages as on the rest of the paper.
  await expect(first.locator("h2 ruby rt").first()).toBeAttached();
  const mine = page.locator(".mz-help-entry").filter({ hasText: word });
  await expect(mine).toHaveCount(1);
  expect(await bareText(mine.locator("h4"))).toBe(entry.name);
  const text = await bareText(mine);
  expect(text).toContain(entry.body);
  expect(text).toContain(`電話 ${entry.phone}`);
  expect(text).toContain("熊本市中央区手取本町1-1");
  // No web address: the readers inside cannot open it.
  expect(text).not.toContain("example.jp");
  await expect(mine.locator("a, img")).toHaveCount(0);
  // Its section's title is over it, and the starting examples are marked as on /help.
  const sections = await bareTexts(page.locator(".mz-help-section"));
  expect(sections).toContain("住まい");
  expect(sections).toContain("仕事");
  expect(await bareText(page.locator(".mz-page-help"))).toContain("「例」と書いてある相談先は、見本です。");

  // The contents and the back cover give the page the list starts on; page numbers add up.
  const helpPage = Number(await first.getAttribute("data-page"));
  const total = Number(await page.locator(".mz-book").getAttribute("data-pages"));
  expect(total).toBe(await page.locator(".mz-page").count());
  await expect(page.getByTestId("page-total")).toHaveText(`全${total}ページ`);
  const line = page.locator(".mz-contents-help");
  expect(await bareText(line.locator(".mz-contents-title"))).toBe("こまったときの相談先");
  await expect(line.locator(".mz-contents-page")).toHaveText(`${helpPage}ページ`);
  expect(await bareText(page.locator(".mz-help-pointer"))).toBe(`住まい・くらし・仕事の相談先は、${helpPage}ページからのっています。`);
  const lastJobPage = Number(await page.locator(".mz-page-jobs").last().getAttribute("data-page"));
  expect(helpPage).toBe(lastJobPage + 1);
  expect(Number(await page.locator(".mz-page-back").getAttribute("data-page"))).toBe(total);
  // Nothing is cut off at the foot of a help page.
  const overflowing = await helpPages.evaluateAll((pages) =>
    pages.filter((p) => {
      const body = p.querySelector(".mz-page-body")!.getBoundingClientRect();
      return [...p.querySelectorAll(".mz-help-entry")].some((e) => e.getBoundingClientRect().bottom > body.bottom + 1);
    }).length,
  );
  expect(overflowing).toBe(0);

  // The PDF: as many pages, and the entry's phone number in its text.
  const response = await page.request.get(`/magazine/${number}.pdf`);
  expect(response.status()).toBe(200);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "magazine-help-"));
  const file = path.join(dir, "issue.pdf");
  fs.writeFileSync(file, await response.body());
  expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(new RegExp(`^Pages:\\s+${total}$`, "m"));
  const pdfText = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(pdfText).toContain(entry.phone);
  expect(pdfText).toContain(word);
  fs.rmSync(dir, { recursive: true, force: true });
  await db.deleteFrom("help_entries").where("id", "=", entry.id).execute();
});

test("after staff change a help entry, a published issue prints the old text and a draft the new", async ({ page, db, signInAsStaff }) => {
  const word = uniqueWord();
  const entry = await makeHelpEntry(db, word);
  const { jobs } = await makeSeekerJobs(db, word, [{ title: `清掃スタッフ ${word}` }]);
  const published = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number: published, jobIds: [jobs[0].id], published: true });
  const draft = published + 1;
  const draftIssue = await makeMagazineIssue(db, { number: draft, jobIds: [jobs[0].id], published: false });

  await signInAsStaff();
  await openPage(page, "/staff/help", true);
  await page.getByRole("link", { name: `「${entry.name}」を直す` }).click();
  await expect(page.getByRole("heading", { level: 2, name: `「${entry.name}」を直す` })).toBeVisible();
  const newName = `くまもと住まい支援センター ${word}`;
  const newPhone = `096-${randomInt(100, 999)}-${randomInt(1000, 9999)}`;
  await page.getByLabel("名前", { exact: true }).fill(newName);
  await page.getByLabel("連絡先", { exact: true }).fill(`電話 ${newPhone}\n熊本市東区東町3-3`);
  await page.getByRole("button", { name: "直す", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("相談先を直しました");
  expect(await db.selectFrom("help_entries").select("name").where("id", "=", entry.id).executeTakeFirstOrThrow()).toEqual({ name: newName });

  // The published issue: as it was printed.
  await page.goto(`/magazine/${published}/print`);
  const old = await bareText(page.locator(".mz-page-help"));
  expect(old).toContain(entry.name);
  expect(old).toContain(entry.phone);
  expect(old).not.toContain(newName);
  expect(old).not.toContain(newPhone);
  // The draft (staff's preview): the list as it is now, which publishing would freeze.
  await page.goto(`/magazine/${draft}/print`);
  await expect(page.getByText("求人と相談先の内容は今のものです。")).toBeVisible();
  const now = await bareText(page.locator(".mz-page-help"));
  expect(now).toContain(newName);
  expect(now).toContain(`電話 ${newPhone}`);
  expect(now).toContain("熊本市東区東町3-3");
  expect(now).not.toContain(entry.phone);

  // Before publishing, staff read what would be printed unfinished: the starting examples.
  const entries = await db.selectFrom("help_entries").select(["is_example", "contact"]).execute();
  const examples = entries.filter((e) => e.is_example === 1).length;
  const noContact = entries.filter((e) => !e.contact.trim()).length;
  expect(examples).toBeGreaterThan(0);
  await page.goto(`/staff/magazine/${draftIssue.id}`);
  await expect(page.getByRole("note")).toHaveText(
    `後ろのページの相談先のうち、${examples}件が見本（例）のまま${noContact ? `、${noContact}件に連絡先がありません` : ""}。このまま発行すると、そのまま印刷され、あとから直せません。先に相談先を直してください。`,
  );
  await db.deleteFrom("help_entries").where("id", "=", entry.id).execute();
});

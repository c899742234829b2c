import type { Page } from "@playwright/test";
import { clockNow, expect, expectAccessible, openPage, test } from "./fixtures";
import { bareText } from "./print-text";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// Saved postings are kept in the browser: saved from a card and from a posting, they are
// still there after a reload, a closed one is marked, and the open ones print together as
// the same job sheets /jobs/:id/print makes.

// The title is read after the button's word, as its context.
function saveButton(page: Page, title: string) {
  return page.getByRole("button", { name: new RegExp(`^保存\\s?（${title}）$`) });
}

test("saved postings survive a reload, show the closed one, and print together", async ({ page, db }) => {
  test.setTimeout(90_000);
  const word = uniqueWord();
  const { jobs } = await makeSeekerJobs(db, word, [
    { title: `溶接工 ${word}`, description: `鉄骨の溶接をします。${word} はじめての人には先輩が教えます。` },
    { title: `清掃スタッフ ${word}`, description: `ビルの清掃です。${word} 朝だけの仕事です。` },
    { title: `倉庫の仕分け ${word}`, description: `荷物を仕分けます。${word}` },
  ]);
  const [welding, cleaning, warehouse] = jobs;
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });

  // From the cards of a search, and from a posting's own page.
  await openPage(page, `/jobs?q=${word}`, true);
  const save = saveButton(page, welding.title);
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await saveButton(page, warehouse.title).click();
  await openPage(page, `/jobs/${cleaning.id}`, true);
  const onPosting = saveButton(page, cleaning.title);
  await onPosting.click();
  await expect(onPosting).toHaveAttribute("aria-pressed", "true");

  // The warehouse posting closes meanwhile.
  await db.updateTable("jobs").set({ status: "closed", closed_at: clockNow().toISOString() }).where("id", "=", warehouse.id).execute();

  await openPage(page, "/saved", true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("保存した求人");
  const items = page.locator(".saved-item");
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: cleaning.title })).toContainText("募集中");
  await expect(items.filter({ hasText: welding.title })).toContainText("募集中");
  await expect(items.filter({ hasText: warehouse.title })).toContainText("募集は終了しました");
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: "test-results/saved-360.png", fullPage: true });

  // Printed together: each open posting's whole sheet, as its own print page has it.
  const printAll = page.getByRole("button", { name: "募集中の2件を、求人票としてまとめて印刷する" });
  await printAll.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: "print" });
  const printed = await bareText(page.locator(".saved-sheets .mz-page"));
  await expect(page.locator(".saved-sheets .mz-page").first()).toBeVisible();
  await expect(page.locator(".saved-sheets rt").first()).toBeAttached();
  for (const job of [cleaning, welding]) {
    const sheet = await page.context().newPage();
    await sheet.goto(`/jobs/${job.id}/print`);
    const own = await bareText(sheet.locator(".mz-page"));
    expect(own).toContain(job.description);
    expect(printed).toContain(own);
    await sheet.close();
  }
  expect(printed).not.toContain(warehouse.title);
  await page.screenshot({ path: "test-results/saved-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // Removed from the list: gone from the page and from the browser.
  await page.getByRole("button", { name: new RegExp(`^リストから消す\\s?（${welding.title}）$`) }).click();
  await expect(items).toHaveCount(2);
  await page.reload();
  await expect(items).toHaveCount(2);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("kumamoto-jobs:saved") ?? "[]") as { id: number }[]);
  expect(stored.map((e) => e.id)).toEqual([cleaning.id, warehouse.id]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("/saved says plainly that saving needs JavaScript and how to print one posting", async ({ page }) => {
    const response = await page.goto("/saved");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("保存した求人は、このスマートフォンやパソコンの中に記録します。それには JavaScript が必要です。")).toBeVisible();
    await expect(page.getByText("いまは JavaScript が使えないので、求人の保存も、この一覧も使えません。")).toBeVisible();
    await expect(page.getByText("1件ずつなら印刷できます。求人のページを開いて、「求人票を印刷する」を押してください。")).toBeVisible();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: "test-results/saved-nojs-360.png", fullPage: true });
  });
});

import { expect, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// Searching by keyword and filters, paging, opening a posting: the same steps with
// JavaScript on and off, because the search is a plain GET form and links.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("search by keyword, page through, narrow with filters, open a posting", async ({ page, db }) => {
      const word = uniqueWord();
      const jobs = Array.from({ length: 22 }, (_, i) => ({
        title: `溶接スタッフ ${word} ${String(i + 1).padStart(2, "0")}`,
        description: "鉄骨の溶接をします。",
        published_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      }));
      jobs.push({
        title: `フォークリフト作業 ${word} 寮`,
        description: "倉庫で荷物を運びます。寮があります。",
        published_at: new Date(Date.UTC(2026, 0, 2)).toISOString(),
      });
      const made = await makeSeekerJobs(db, word, jobs);
      await db.updateTable("jobs").set({ housing: 1 }).where("id", "=", made.jobs[22].id).execute();

      await page.goto("/jobs");
      await page.getByLabel("ことばでさがす").fill(`${word} 溶接`);
      await page.getByRole("button", { name: "さがす", exact: true }).click();
      await expect(page).toHaveURL(/q=/);
      await expect(page.getByText("22件の求人（1〜20件目を表示）")).toBeVisible();
      await expect(page.locator(".job-card")).toHaveCount(20);

      await page.getByRole("link", { name: "次へ" }).click();
      await expect(page).toHaveURL(/page=2/);
      await expect(page.getByText("22件の求人（21〜22件目を表示）")).toBeVisible();
      await expect(page.locator(".job-card")).toHaveCount(2);
      await expect(page.getByRole("link", { name: `溶接スタッフ ${word} 01` })).toBeVisible();

      // One-character keyword and a filter together.
      await page.goto("/jobs");
      await page.getByLabel("ことばでさがす").fill(`${word} 寮`);
      await page.getByText("くわしい条件でしぼりこむ").click();
      await page.getByLabel("働く場所（区）").selectOption("nishi");
      await page.getByLabel("寮・社宅あり").check();
      await page.getByRole("button", { name: "この条件でさがす" }).click();
      await expect(page.getByText("1件の求人")).toBeVisible();
      await expect(page).toHaveURL(/housing=1/);

      // Nothing matches: the page says which filter to drop, and the link drops it.
      await page.goto(`/jobs?q=${word}+介護&housing=1`);
      await expect(page.getByText("この条件に合う求人はありませんでした。")).toBeVisible();
      await page.getByRole("link", { name: "ことば「介護」をはずす（1件）" }).click();
      await expect(page.getByText("1件の求人")).toBeVisible();

      await page.getByRole("link", { name: `フォークリフト作業 ${word} 寮` }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`フォークリフト作業 ${word} 寮`);
      await expect(page.getByRole("heading", { name: "賃金" })).toBeVisible();
    });

    test("sorts by pay and explains how units are compared", async ({ page, db }) => {
      const word = uniqueWord();
      await makeSeekerJobs(db, word, [
        { title: `時給の仕事 ${word}`, pay_unit: "hour", pay_min: 1500, pay_max: null },
        { title: `月給の仕事 ${word}`, pay_unit: "month", pay_min: 200000, pay_max: null },
        { title: `日給の仕事 ${word}`, pay_unit: "day", pay_min: 9000, pay_max: null },
      ]);
      await page.goto(`/jobs?q=${word}`);
      await page.getByRole("link", { name: "給料が高い順" }).click();
      await expect(page.getByText("月の額に直して並べています")).toBeVisible();
      await expect(page.locator(".job-card h3")).toHaveText([`時給の仕事 ${word}`, `月給の仕事 ${word}`, `日給の仕事 ${word}`]);
      await page.goto(`/jobs?q=${word}&pay_unit=hour&pay_min=1500`);
      await expect(page.locator(".job-card h3")).toHaveText([`時給の仕事 ${word}`]);
    });
  });
}

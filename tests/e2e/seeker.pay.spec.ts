import { expect, test } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the pay box reads 「２０万円」 and says so when an amount cannot be read or has no kind of pay", async ({ page, db }) => {
      const word = uniqueWord();
      await makeSeekerJobs(db, word, [
        { title: `月給25万の仕事 ${word}`, pay_unit: "month", pay_min: 250_000, pay_max: null },
        { title: `月給18万の仕事 ${word}`, pay_unit: "month", pay_min: 180_000, pay_max: null },
      ]);
      const titles = page.locator(".job-card h2, .job-card h3");
      await page.goto(`/jobs?q=${word}`);
      await page.getByText("くわしい条件でしぼりこむ").click();
      await page.getByLabel("給料の種類").selectOption("month");
      await page.getByLabel("いくら以上（円）").fill("２０万円");
      await page.getByRole("button", { name: "この条件でさがす" }).click();
      await expect(page.getByRole("link", { name: /月給 200,000円以上/ })).toBeVisible();
      await expect(titles).toHaveText([`月給25万の仕事 ${word}`]);

      // Letters: said next to the box, with the typed text kept.
      await page.getByText("くわしい条件でしぼりこむ").click();
      const box = page.getByLabel("いくら以上（円）");
      await box.fill("abc");
      await page.getByRole("button", { name: "この条件でさがす" }).click();
      await expect(page.locator("#filter-pay_min-error")).toHaveText(
        "金額が読めませんでした。数字で書いてください（例: 1000、20万、200,000）。この金額ではしぼりこんでいません。",
      );
      await expect(page.getByLabel("いくら以上（円）")).toHaveValue("abc");

      // An amount without 時給・日給・月給.
      await page.getByLabel("給料の種類").selectOption("");
      await page.getByLabel("いくら以上（円）").fill("200000");
      await page.getByRole("button", { name: "この条件でさがす" }).click();
      await expect(page.locator("#filter-pay_min-error")).toHaveText(
        "給料の種類（時給・日給・月給）を選んでください。種類がないと、金額でしぼりこめません。",
      );
      await expect(page.getByLabel("いくら以上（円）")).toHaveValue("200000");
    });
  });
}

import { expect, expectAccessible, forbidThirdPartyRequests, test } from "./fixtures";

// The support checker (/for-employers/support): a GET form, so a result is a link that opens
// and prints the same with or without JavaScript.

const FULL_CASE = {
  "保護観察所から頼まれて雇いますか": "はい",
  "その人は、仮釈放中ですか。または更生緊急保護を受けていますか": "はい",
  "刑務所や少年院にいる間に、採用が決まりましたか": "はい",
  "出てからおよそ1か月以内に働き始めますか": "はい",
  "ふだん、週30時間以上働きますか": "はい",
  "1年以上雇うつもりですか": "はい",
  "その人は20歳未満ですか": "いいえ",
  "その人に、身元保証人（家族など）がいますか": "いいえ",
  "ハローワークに求人を出し、ハローワークの紹介で雇いますか": "はい",
  "会社は労働保険（雇用保険・労災保険）に入っていますか": "はい",
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the full case: ¥720,000 over a year in 8 payments, ¥2,000,000 of guarantee, no trial subsidy beside the incentive", async ({ page }) => {
      await page.goto("/for-employers");
      await page.getByRole("link", { name: "受けられる支援を調べる（質問に答える）" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("受けられる支援を調べる");
      for (const [question, answer] of Object.entries(FULL_CASE)) {
        await page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
      }
      await page.getByRole("button", { name: "調べる" }).click();
      await expect(page).toHaveURL(/probationRequest=yes.*hasGuarantor=no/);

      const incentive = page.getByRole("article", { name: "刑務所出所者等就労奨励金" });
      await expect(incentive).toContainText("対象になりそうです");
      await expect(incentive).toContainText("1年間で 最大720,000円（すべての条件を満たす場合）");
      const payments = incentive.getByRole("table", { name: "受け取る時期と、1回の最大額" }).getByRole("row");
      await expect(payments).toHaveCount(9);
      await expect(payments.nth(1)).toHaveText(["1か月目", "就労・職場定着奨励金", "80,000円"].join(""));
      await expect(payments.nth(8)).toHaveText(["12か月目", "就労継続奨励金", "120,000円"].join(""));
      await expect(incentive).toContainText("出典: 法務省「刑務所出所者等就労奨励金」");

      const guarantee = page.getByRole("article", { name: "身元保証制度" });
      await expect(guarantee).toContainText("最大2,000,000円");
      const trial = page.getByRole("article", { name: "トライアル雇用助成金" });
      await expect(trial).toContainText("対象になりません");
      await expect(trial).toContainText("就労奨励金とトライアル雇用助成金は、いっしょに受けられません。");

      // The result is a link: opened afresh, it shows the same answers and result.
      await page.goto(page.url());
      await expect(page.getByRole("group", { name: "その人に、身元保証人（家族など）がいますか" }).getByLabel("いいえ", { exact: true })).toBeChecked();
      await expect(incentive).toContainText("最大720,000円");
      if (javaScriptEnabled) {
        await page.setViewportSize({ width: 1000, height: 900 });
        await page.getByRole("heading", { name: "結果" }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: "test-results/support-checker-full-case.png", fullPage: true });
      }
    });
  });
}

test("the checker reads '¥420,000' when a condition is missing, and adds ¥10,000 a month under 20", async ({ page }) => {
  await page.goto("/for-employers/support?probationRequest=yes&parole=yes&arrangedInside=yes&startSoon=yes&fullHours=no&yearOrLonger=yes&underTwenty=yes");
  const incentive = page.getByRole("article", { name: "刑務所出所者等就労奨励金" });
  await expect(incentive).toContainText("最大420,000円（全額の条件を満たさない場合）");
  await expect(incentive).toContainText("ふだん、週30時間以上働きますか");
  await expect(incentive).toContainText("1か月につき 10,000円 が上乗せされます");
});

for (const path of ["/for-employers/support", "/for-employers/support?probationRequest=yes&parole=yes&arrangedInside=yes&startSoon=yes&fullHours=yes&yearOrLonger=yes&hasGuarantor=no"]) {
  test(`${path}: no axe violation, no other site, no sideways scrolling at 360 px`, async ({ page, baseURL }) => {
    const checkRequests = forbidThirdPartyRequests(page, baseURL!);
    await page.setViewportSize({ width: 360, height: 740 });
    expect((await page.goto(path))?.status()).toBe(200);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    checkRequests();
  });
}

test("the employer dashboard and the hire reports link to the checker", async ({ page, signInAsEmployer }) => {
  await signInAsEmployer();
  await page.goto("/employer");
  await expect(page.getByRole("link", { name: "受けられる支援を調べる" })).toHaveAttribute("href", "/for-employers/support");
});

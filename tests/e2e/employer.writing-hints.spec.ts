import { expect, test } from "./fixtures";
import { fillJobForm, uniqueTitle } from "./employer.job-form";

// While an employer writes a posting, plain-Japanese advice: very long sentences, and words
// many readers cannot read (尚可) with a plainer way to say them. Advice only: saving works.

test.describe.configure({ timeout: 120_000 });

const LONG =
  "当社は熊本市内の各現場において建物の基礎工事と型枠の組立てと解体の作業を行っており未経験の方でも先輩社員が丁寧に指導しますので安心して応募してください。";
const DESCRIPTION = `${LONG}\n普通自動車免許があれば尚可。`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a long sentence and 尚可 bring advice; the posting still saves", async ({ page, db, signInAsEmployer }) => {
      const { employerId } = await signInAsEmployer();
      await page.goto("/employer/jobs/new");
      const title = uniqueTitle("型枠工");
      await fillJobForm(page, { title, description: DESCRIPTION });
      const hints = page.locator(".writing-hints");
      if (javaScriptEnabled) {
        // Shown as they type, before anything is sent.
        await expect(hints).toContainText("「仕事の内容」に、とても長い文があります");
        await expect(hints).toContainText("「尚可」は読めない人がいます。「あれば、なおよい」のように書くと伝わります。");
        await page.getByLabel("仕事の内容", { exact: true }).fill("倉庫で荷物を仕分けします。");
        await expect(hints.locator("li")).toHaveCount(0);
        await page.getByLabel("仕事の内容", { exact: true }).fill(DESCRIPTION);
      } else {
        // Without JavaScript: after the preview's round trip, for what was sent.
        await page.getByRole("button", { name: "公開ページでの見え方を見る" }).click();
        await expect(hints).toContainText("「仕事の内容」に、とても長い文があります");
        await expect(hints).toContainText("「尚可」は読めない人がいます。");
      }
      await page.getByRole("button", { name: "下書きとして保存" }).click();
      // The machine running the suite can be slow: saving is one round trip, given time.
      await expect(page).toHaveURL(/done=saved$/, { timeout: 30_000 });
      const row = await db.selectFrom("jobs").select(["title", "description"]).where("employer_id", "=", employerId).executeTakeFirstOrThrow();
      expect(row).toEqual({ title, description: DESCRIPTION });
    });
  });
}

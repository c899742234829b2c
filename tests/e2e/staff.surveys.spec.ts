import type { Browser, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { auditOf, expect, expectAccessible, test } from "./fixtures";
import { submitExpecting400 } from "./submit";

async function addQuestion(page: Page, label: string, kind: string, options = "", required = true) {
  await page.getByLabel("質問", { exact: true }).fill(label);
  await page.getByLabel("答え方").selectOption(kind);
  await page.getByLabel("選択肢").fill(options);
  await page.getByLabel(/答えなければ送れない/).setChecked(required);
  await page.getByRole("button", { name: "加える" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: label })).toBeVisible();
}

/** Someone with no account answers on their own phone. */
async function answerAsVisitor(browser: Browser, baseURL: string, link: string, javaScriptEnabled: boolean, choice: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("radio", { name: choice }).check();
  await page.getByRole("checkbox", { name: "面談" }).check();
  await page.getByRole("radio", { name: "4" }).check();
  await page.getByLabel(/ひとこと/).fill(`JavaScript ${javaScriptEnabled ? "あり" : "なし"}で答えました`);
  await page.getByRole("button", { name: "送る" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ありがとうございました");
  await context.close();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("staff build a survey, people answer it with JavaScript on and off, staff see the totals", async ({
      page,
      db,
      browser,
      baseURL,
      signInAsStaff,
    }) => {
      test.setTimeout(120_000);
      const staff = await signInAsStaff();
      const title = `企業説明会のアンケート ${randomUUID().slice(0, 8)}`;
      await page.goto("/staff/surveys");
      await page.getByLabel("アンケートの名前").fill("");
      await page.getByLabel("はじめのあいさつ").fill("3分で終わります。");
      await submitExpecting400(page, "作る", javaScriptEnabled);
      await expect(page.locator("#field-title-error")).toHaveText("アンケートの名前を入力してください");
      await expect(page.locator("#field-audience-error")).toHaveText("答える人を選んでください");
      await expect(page.getByLabel("はじめのあいさつ")).toHaveValue("3分で終わります。");

      await page.getByLabel("アンケートの名前").fill(title);
      await page.getByLabel("答える人").selectOption("seeker");
      await page.getByRole("button", { name: "作る" }).click();
      await expect(page).toHaveURL(/\/staff\/surveys\/\d+$/);
      const surveyId = Number(new URL(page.url()).pathname.split("/").pop());

      await page.getByLabel("質問", { exact: true }).fill("説明会はどうでしたか");
      await page.getByLabel("答え方").selectOption("single");
      await page.getByLabel("選択肢").fill("よかった");
      await submitExpecting400(page, "加える", javaScriptEnabled);
      await expect(page.locator("#field-options-error")).toHaveText("選択肢を2つ以上、1行に1つずつ書いてください");
      await expect(page.getByLabel("質問", { exact: true })).toHaveValue("説明会はどうでしたか");
      await page.getByLabel("選択肢").fill("よかった\nふつう\nよくなかった");
      await page.getByRole("button", { name: "加える" }).click();
      await expect(page.getByRole("listitem").filter({ hasText: "説明会はどうでしたか" })).toBeVisible();
      await addQuestion(page, "よかったところ", "multiple", "会社の話\n面談\n会場", false);
      await addQuestion(page, "ひとこと", "text", "", false);
      await addQuestion(page, "また参加したいですか", "scale");
      await page.getByRole("button", { name: "上へ（4問目）" }).click();
      await expect(page.locator(".question-list > li").nth(2)).toContainText("また参加したいですか");

      await page.getByRole("button", { name: "受付を始める" }).click();
      await expect(page.getByRole("status")).toHaveText("回答の受付を始めました。");
      if (javaScriptEnabled) await expectAccessible(page);
      const link = (await page.getByRole("link", { name: /\/surveys\// }).getAttribute("href"))!;
      expect(await page.getByRole("img", { name: /QRコード/ }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

      const actions = await auditOf(db, "survey", surveyId);
      expect(actions.every((a) => a.actor_user_id === staff.id)).toBe(true);
      expect(actions.map((a) => a.action)).toEqual([
        "survey.create",
        "survey.question.add",
        "survey.question.add",
        "survey.question.add",
        "survey.question.add",
        "survey.question.move",
        "survey.open",
      ]);

      await answerAsVisitor(browser, baseURL!, new URL(link).pathname, true, "よかった");
      await answerAsVisitor(browser, baseURL!, new URL(link).pathname, false, "ふつう");

      await page.getByRole("link", { name: "結果を見る" }).click();
      await expect(page.getByText("回答 2件")).toBeVisible();
      const first = page.locator("section").filter({ has: page.getByRole("heading", { name: "1. 説明会はどうでしたか" }) });
      await expect(first.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "よかった", exact: true }) }).getByRole("cell")).toHaveText(["1"]);
      await expect(first.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "ふつう", exact: true }) }).getByRole("cell")).toHaveText(["1"]);
      const second = page.locator("section").filter({ has: page.getByRole("heading", { name: "2. よかったところ" }) });
      await expect(second.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "面談", exact: true }) }).getByRole("cell")).toHaveText(["2"]);
      await expect(page.getByText("平均 4")).toBeVisible();
      await expect(page.locator(".free-text-list li")).toHaveText(["JavaScript ありで答えました", "JavaScript なしで答えました"]);

      const csv = await page.request.get(`/staff/surveys/${surveyId}/results.csv`);
      expect(csv.headers()["content-disposition"]).toContain("filename*=UTF-8''%E3%82%A2%E3%83%B3%E3%82%B1");
      const csvText = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(await csv.body());
      expect(csvText.startsWith("\uFEFF質問,答え方,答え,件数\r\n")).toBe(true);
      expect(csvText).toContain("1. 説明会はどうでしたか,ひとつ選ぶ,よかった,1\r\n");
      if (javaScriptEnabled) await expectAccessible(page);

      await page.getByRole("link", { name: "アンケートの設定へ" }).click();
      await page.getByRole("button", { name: "受付を締め切る" }).click();
      await expect(page.getByRole("status")).toHaveText("回答の受付を締め切りました。");
    });
  });
}

test("a draft survey's questions can be corrected and removed, each change audited once", async ({ page, db, signInAsStaff }) => {
  const staff = await signInAsStaff();
  await page.goto("/staff/surveys");
  await page.getByLabel("アンケートの名前").fill(`事業主アンケート ${randomUUID().slice(0, 8)}`);
  await page.getByLabel("答える人").selectOption("employer");
  await page.getByRole("button", { name: "作る" }).click();
  await expect(page).toHaveURL(/\/staff\/surveys\/\d+$/);
  const surveyId = Number(new URL(page.url()).pathname.split("/").pop());
  await addQuestion(page, "応募はありましたか", "single", "あった\nなかった");
  await addQuestion(page, "消す質問", "text", "", false);

  await page.getByRole("link", { name: "1問目を直す" }).click();
  await expect(page.getByLabel("選択肢")).toHaveValue("あった\nなかった");
  await page.getByLabel("質問", { exact: true }).fill("このサイトから応募はありましたか");
  await page.getByRole("button", { name: "保存する" }).first().click();
  await expect(page.getByRole("listitem").filter({ hasText: "このサイトから応募はありましたか" })).toBeVisible();
  await page.getByRole("button", { name: "消す（2問目）" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "消す質問" })).toHaveCount(0);

  await page.getByRole("textbox", { name: "アンケートの名前" }).fill("");
  await page.getByRole("button", { name: "保存する" }).last().click();
  await expect(page.locator("#field-title-error")).toHaveText("アンケートの名前を入力してください");
  await page.getByRole("textbox", { name: "アンケートの名前" }).fill("事業主アンケート（改）");
  await page.getByRole("button", { name: "保存する" }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("事業主アンケート（改）");

  const actions = await auditOf(db, "survey", surveyId);
  expect(actions.every((a) => a.actor_user_id === staff.id)).toBe(true);
  expect(actions.map((a) => a.action)).toEqual([
    "survey.create",
    "survey.question.add",
    "survey.question.add",
    "survey.question.update",
    "survey.question.delete",
    "survey.update",
  ]);
});

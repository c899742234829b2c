import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { clockNow, expect, expectAccessible, openPage, test } from "./fixtures";
import { submitExpecting400 } from "./submit";

// A fair: one tablet passed from person to person in 会場モード, paper questionnaires for
// those who prefer paper, typed in by staff afterwards; the results count both.

async function makeFairSurvey(db: Kysely<Database>) {
  const now = clockNow().toISOString();
  const publicId = randomBytes(9).toString("base64url");
  const title = `企業説明会のアンケート ${publicId.slice(0, 6)}`;
  const survey = await db
    .insertInto("surveys")
    .values({
      public_id: publicId,
      title,
      description: "",
      audience: "seeker",
      event_id: null,
      status: "open",
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const question = (
    position: number,
    kind: "single" | "scale" | "text",
    label: string,
    options: string[],
    required: 0 | 1,
    scaleLabels: string[] = []
  ) =>
    db
      .insertInto("survey_questions")
      .values({
        survey_id: survey.id,
        position,
        kind,
        label,
        options: JSON.stringify(options),
        required,
        scale_labels: JSON.stringify(scaleLabels),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  await question(
    1,
    "single",
    "説明会はどうでしたか",
    ["よかった", "ふつう", "よくなかった"],
    1
  );
  await question(2, "scale", "話はわかりやすかったですか", [], 1, [
    "わかりにくい",
    "",
    "ふつう",
    "",
    "よくわかった",
  ]);
  await question(3, "text", "ひとこと", [], 0);
  return { id: survey.id, publicId, title };
}

const counts = async (db: Kysely<Database>, surveyId: number) => {
  const rows = await db
    .selectFrom("survey_responses")
    .select("source")
    .where("survey_id", "=", surveyId)
    .execute();
  return {
    online: rows.filter((r) => r.source === "online").length,
    paper: rows.filter((r) => r.source === "paper").length,
  };
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("at a fair in 会場モード three people answer one after another on one tablet, and all three count", async ({
      page,
      db,
      browser,
      baseURL,
      signInAsStaff,
    }) => {
      test.setTimeout(240_000);
      const survey = await makeFairSurvey(db);
      await signInAsStaff();
      await page.goto(`/staff/surveys/${survey.id}`);
      const venueLink = (await page
        .getByRole("link", { name: "会場モードで開く" })
        .getAttribute("href"))!;
      expect(venueLink).toMatch(
        new RegExp(`/surveys/${survey.publicId}\\?venue=1$`)
      );

      // The tablet: no account, one browser for everyone.
      const tablet = await browser.newContext({
        baseURL,
        javaScriptEnabled,
        viewport: { width: 800, height: 1100 },
      });
      const tab = await tablet.newPage();
      await openPage(tab, venueLink, javaScriptEnabled);
      const people = [
        { choice: "よかった", point: "5", words: "また来たいです" },
        { choice: "ふつう", point: "3", words: "" },
        { choice: "よくなかった", point: "1", words: "会場が寒かった" },
      ];
      for (const [i, person] of people.entries()) {
        // Each person gets an empty form, whatever the one before chose.
        await expect(tab.getByRole("heading", { level: 1 })).toHaveText(
          survey.title
        );
        for (const name of ["よかった", "ふつう", "よくなかった"])
          await expect(
            tab.getByRole("radio", { name, exact: true })
          ).not.toBeChecked();
        for (const point of ["1", "2", "3", "4", "5"])
          await expect(
            tab.getByRole("radio", { name: new RegExp(`^${point}`) })
          ).not.toBeChecked();
        await expect(tab.getByLabel(/ひとこと/)).toHaveValue("");
        await tab
          .getByRole("radio", { name: person.choice, exact: true })
          .check();
        // The point and its words, as the scale question shows them.
        const words = {
          "1": "わかりにくい",
          "3": "ふつう",
          "5": "よくわかった",
        }[person.point];
        await tab
          .getByRole("radio", {
            name: new RegExp(`^${person.point}\\s*（${words}）$`),
          })
          .check();
        await tab.getByLabel(/ひとこと/).fill(person.words);
        await tab.getByRole("button", { name: "送る" }).click();
        await expect(tab.getByRole("status")).toHaveText(
          "ありがとうございました。答えを受け取りました。次の方、どうぞ。"
        );
        await expect(tab.getByRole("button", { name: "送る" })).toBeVisible();
        // With JavaScript the thank-you of the person before is still showing: wait for the row.
        await expect.poll(async () => (await counts(db, survey.id)).online).toBe(i + 1);
        if (i === 0 && javaScriptEnabled) await expectAccessible(tab);
      }
      await expect(tab.getByLabel(/ひとこと/)).toHaveValue("");
      await expect(
        tab.getByRole("radio", { name: "よくなかった", exact: true })
      ).not.toBeChecked();
      // Nothing was left on the device: no cookie, nothing in storage.
      expect(await tablet.cookies()).toEqual([]);
      const storage = await tab.evaluate(() => [
        localStorage.length,
        sessionStorage.length,
      ]);
      expect(storage).toEqual([0, 0]);
      expect(
        await tab
          .locator("form[aria-label='アンケートの答え']")
          .getAttribute("autocomplete")
      ).toBe("off");
      await tab.screenshot({
        path: `test-results/venue-mode-${
          javaScriptEnabled ? "js" : "nojs"
        }.png`,
        fullPage: true,
      });
      await tablet.close();

      const answers = await db
        .selectFrom("survey_answers")
        .innerJoin(
          "survey_responses",
          "survey_responses.id",
          "survey_answers.response_id"
        )
        .select("survey_answers.value")
        .where("survey_responses.survey_id", "=", survey.id)
        .orderBy("survey_answers.value")
        .execute();
      expect(answers.map((a) => a.value).sort()).toEqual(
        [
          "1",
          "3",
          "5",
          "また来たいです",
          "ふつう",
          "よかった",
          "よくなかった",
          "会場が寒かった",
        ].sort()
      );

      // The normal page keeps its rule: one answer per browser.
      const phone = await browser.newContext({ baseURL, javaScriptEnabled });
      const own = await phone.newPage();
      await own.goto(`/surveys/${survey.publicId}`);
      await own.getByRole("radio", { name: "よかった", exact: true }).check();
      await own.getByRole("radio", { name: "4" }).check();
      await own.getByRole("button", { name: "送る" }).click();
      await expect(own.getByRole("heading", { level: 1 })).toHaveText(
        "ありがとうございました"
      );
      await own.goto(`/surveys/${survey.publicId}`);
      await expect(own.getByRole("heading", { level: 1 })).toHaveText(
        "ありがとうございました"
      );
      await phone.close();
      expect(await counts(db, survey.id)).toEqual({ online: 4, paper: 0 });
    });

    test("staff type in a paper sheet; the results show paper, web and total", async ({
      page,
      db,
      signInAsStaff,
    }) => {
      test.setTimeout(180_000);
      const survey = await makeFairSurvey(db);
      await db
        .insertInto("survey_responses")
        .values([
          { survey_id: survey.id, answered_on: "2026-12-01", source: "online" },
          { survey_id: survey.id, answered_on: "2026-12-01", source: "online" },
        ])
        .execute();
      const staff = await signInAsStaff();

      await page.goto(`/staff/surveys/${survey.id}/print`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        survey.title
      );
      await expect(page.getByText("1. 説明会はどうでしたか")).toBeVisible();
      await expect(page.locator(".paper-question").nth(1)).toContainText(
        "わかりにくい"
      );
      await expect(
        page.locator(".paper-question").nth(1).locator(".paper-box")
      ).toHaveCount(5);
      await expect(
        page.locator(".paper-question").nth(0).locator(".paper-box")
      ).toHaveCount(3);
      if (javaScriptEnabled) {
        await expectAccessible(page);
        await page.emulateMedia({ media: "print" });
        await page.screenshot({
          path: "test-results/survey-paper-print.png",
          fullPage: true,
        });
        await page.emulateMedia({ media: "screen" });
      }

      await page.goto(`/staff/surveys/${survey.id}`);
      await page.getByRole("link", { name: "紙の回答を入力する" }).click();
      await expect(page).toHaveURL(
        new RegExp(`/staff/surveys/${survey.id}/paper$`)
      );
      await openPage(page, page.url(), javaScriptEnabled);
      // Validated like an answer on the web: a required question left empty is refused.
      await page.getByLabel(/ひとこと/).fill("紙で答えました");
      await submitExpecting400(page, "1枚分を保存する", javaScriptEnabled);
      await expect(
        page.getByText("どれか1つを選んでください").first()
      ).toBeVisible();
      await expect(page.getByLabel(/ひとこと/)).toHaveValue("紙で答えました");
      expect(await counts(db, survey.id)).toEqual({ online: 2, paper: 0 });

      await page.getByRole("radio", { name: "ふつう", exact: true }).check();
      await page.getByRole("radio", { name: "4" }).check();
      await page.getByRole("button", { name: "1枚分を保存する" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "1枚分を保存しました。次の用紙を入力できます。"
      );
      await expect(page.getByLabel(/ひとこと/)).toHaveValue("");
      if (javaScriptEnabled) await expectAccessible(page);
      expect(await counts(db, survey.id)).toEqual({ online: 2, paper: 1 });
      const audit = await db
        .selectFrom("audit_log")
        .select(["action", "actor_user_id", "detail"])
        .where("entity_type", "=", "survey")
        .where("entity_id", "=", String(survey.id))
        .execute();
      expect(audit).toEqual([
        {
          action: "survey.paper_answer",
          actor_user_id: staff.id,
          detail: "{}",
        },
      ]);

      await page.getByRole("link", { name: "結果を見る" }).click();
      await expect(page.getByTestId("responses-total")).toHaveText("3件");
      await expect(page.getByTestId("responses-online")).toHaveText(
        "ウェブ 2件"
      );
      await expect(page.getByTestId("responses-paper")).toHaveText("紙 1件");
      const row = page
        .getByRole("table", { name: "1. 説明会はどうでしたか" })
        .getByRole("row", { name: /ふつう/ });
      await expect(row.getByRole("cell")).toHaveText(["0", "1", "1"]);
      const scale = page.getByRole("table", {
        name: "2. 話はわかりやすかったですか",
      });
      await expect(
        scale.getByRole("rowheader", { name: "1（わかりにくい）" })
      ).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);
    });
  });
}

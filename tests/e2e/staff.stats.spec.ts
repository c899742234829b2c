import { randomUUID } from "node:crypto";
import { makeEvent, makeMagazineIssue } from "../factories";
import { auditOf, expect, expectAccessible, freeIssueNumber, test } from "./fixtures";
import { currentFiscalYear } from "../../app/utils/fiscal";
import { nowMs as clockNowMs } from "../../app/utils/clock";
import { submitExpecting400 } from "./submit";
import { tokyoDay } from "../../app/utils/dates";

/**
 * An event that has ended and lies in the current fiscal year (the one /staff/stats shows):
 * five days ago, or from midnight on 1 April when the year is younger than that.
 */
function pastEvent(title: string) {
  const now = clockNowMs();
  const yearStart = Date.parse(`${currentFiscalYear(new Date(now))}-04-01T00:00:00+09:00`);
  const starts = Math.max(yearStart, now - 5 * 86_400_000);
  const ends = Math.min(starts + 7_200_000, now - 60_000);
  if (ends <= starts) throw new Error("the fiscal year is less than a minute old: no past event fits in it");
  return { title, starts_at: new Date(starts).toISOString(), ends_at: new Date(ends).toISOString() };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("staff enter an event's attendance; bad input is explained and kept; the figures and CSV show it", async ({ page, db, signInAsStaff }) => {
      const staff = await signInAsStaff();
      const title = `合同企業説明会 ${randomUUID().slice(0, 8)}`;
      const event = await makeEvent(db, pastEvent(title));
      await page.goto("/staff/stats/attendance");
      await page.getByRole("link", { name: new RegExp(`${title}.*の参加者を入力`) }).click();
      await page.getByLabel("参加した求職者（人）").fill("十二");
      await page.getByLabel("参加した事業主（社）").fill("5");
      await page.getByLabel("個別面談（件）").fill("");
      await submitExpecting400(page, "保存する", javaScriptEnabled);
      await expect(page.locator("#field-seekers-error")).toHaveText("参加した求職者の数は半角の数字で入力してください");
      await expect(page.locator("#field-interviews-error")).toHaveText("個別面談の数を入力してください");
      await expect(page.getByLabel("参加した求職者（人）")).toHaveValue("十二");
      await expect(page.getByLabel("参加した事業主（社）")).toHaveValue("5");
      const untouched = await db.selectFrom("events").select("attendance_seekers").where("id", "=", event.id).executeTakeFirstOrThrow();
      expect(untouched.attendance_seekers).toBeNull();

      await page.getByLabel("参加した求職者（人）").fill("１２");
      await page.getByLabel("個別面談（件）").fill("9");
      await page.getByRole("button", { name: "保存する" }).click();
      await expect(page.getByRole("status")).toContainText(`「${title}」`);
      if (javaScriptEnabled) await expectAccessible(page);
      const saved = await db
        .selectFrom("events")
        .select(["attendance_seekers", "attendance_employers", "interviews_held"])
        .where("id", "=", event.id)
        .executeTakeFirstOrThrow();
      expect(saved).toEqual({ attendance_seekers: 12, attendance_employers: 5, interviews_held: 9 });
      expect(await auditOf(db, "event", event.id)).toEqual([
        { action: "event.attendance", actor_user_id: staff.id, actor_email: staff.email },
      ]);

      await page.goto("/staff/stats");
      const row = page.getByRole("row").filter({ hasText: title });
      // Cell by cell: the title's random letters and the date hold digits too.
      await expect(row.getByRole("cell")).toHaveText(["企業説明会・個別面談会", title, "12", "5", "9"]);

      const csv = await page.request.get(
        (await page.getByRole("link", { name: /開催した説明会・セミナーと参加者.*CSV/ }).getAttribute("href"))!,
      );
      expect(csv.status()).toBe(200);
      expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="stats-events-\d{4}\.csv"; filename\*=UTF-8''%E9%96%8B/);
      const bytes = await csv.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      expect(text).toContain("日付,種類,名前,参加した求職者（人）,参加した事業主（社）,個別面談（件）\r\n");
      expect(text).toContain(`,企業説明会・個別面談会,${title},12,5,9\r\n`);
    });

    test("outcome figures: a future year and more repeat offenders than arrests are refused; a good year is charted, corrected and removed with reasons", async ({ page, db, signInAsStaff }) => {
      test.setTimeout(180_000);
      await signInAsStaff();
      const year = javaScriptEnabled ? 2021 : 2022;
      const latest = Number(tokyoDay().slice(0, 4)) - 1;
      await db.deleteFrom("outcome_figures").where("year", "=", year).execute();
      await page.goto("/staff/stats/outcome");
      await page.getByLabel("年（西暦）").fill(String(latest + 6));
      await page.getByLabel("刑法犯の検挙人員（人）").fill("900");
      await page.getByLabel("うち再犯者（人）").fill("440");
      await submitExpecting400(page, "保存する", javaScriptEnabled);
      await expect(page.locator("#field-year-error")).toHaveText(`${latest + 6}年の数字はまだ出ていません。${latest}年までの、終わった年を入力してください`);
      expect(await db.selectFrom("outcome_figures").select("year").where("year", "=", latest + 6).execute()).toEqual([]);

      await page.getByLabel("年（西暦）").fill(String(year));
      await page.getByLabel("うち再犯者（人）").fill("901");
      await submitExpecting400(page, "保存する", javaScriptEnabled);
      await expect(page.locator("#field-repeatOffenders-error")).toHaveText("再犯者の数は、検挙人員より多くできません");
      await expect(page.getByLabel("刑法犯の検挙人員（人）")).toHaveValue("900");
      expect(await db.selectFrom("outcome_figures").select("year").where("year", "=", year).execute()).toEqual([]);

      await page.getByLabel("うち再犯者（人）").fill("440");
      await page.getByRole("button", { name: "保存する" }).click();
      await expect(page.getByRole("status")).toHaveText(`${year}年の数字を保存しました。`);
      if (javaScriptEnabled) await expectAccessible(page);
      await expect(page.getByRole("row").filter({ hasText: `${year}年` })).toContainText("目標を10人下回っています（達成）");
      await expect(page.locator("svg[role=img] title")).toHaveText("再犯者の数（人）");
      await expect(page.locator("svg[role=img] desc")).toContainText(`${year}年 440人`);
      await expect(page.locator("svg[role=img] desc")).toContainText("目標: 450人");

      // A correction asks why, and keeps the reason with the figures before.
      await page.getByRole("link", { name: `${year}年の数字を直す` }).click();
      await expect(page.getByRole("heading", { name: `${year}年の数字を直す` })).toBeVisible();
      await expect(page.getByLabel("うち再犯者（人）")).toHaveValue("440");
      await page.getByLabel("うち再犯者（人）").fill("464");
      await submitExpecting400(page, "保存する", javaScriptEnabled);
      await expect(page.locator("#field-reason-error")).toHaveText(`${year}年の数字はもう入力されています。直すときは、直す理由を書いてください`);
      await expect(page.getByLabel("うち再犯者（人）")).toHaveValue("464");
      expect(await db.selectFrom("outcome_figures").select("repeat_offenders").where("year", "=", year).executeTakeFirst()).toEqual({ repeat_offenders: 440 });
      await page.getByLabel(/直す理由/).fill("県警察の確定値が出たため");
      await page.getByRole("button", { name: "保存する" }).click();
      await expect(page.getByRole("status")).toHaveText(`${year}年の数字を直しました。`);
      await expect(page.getByRole("row").filter({ hasText: `${year}年` })).toContainText("目標まであと14人");
      const corrected = await db
        .selectFrom("audit_log")
        .select(["action", "detail"])
        .where("entity_type", "=", "outcome_figures")
        .where("entity_id", "=", String(year))
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      expect(corrected.action).toBe("outcome.correct");
      expect(JSON.parse(corrected.detail)).toMatchObject({ repeatOffenders: 464, before: { repeatOffenders: 440 }, reason: "県警察の確定値が出たため" });

      // Removing asks for a reason on a page of its own.
      await page.getByRole("link", { name: `${year}年の数字を削除する` }).click();
      await expect(page.getByRole("heading", { name: `成果指標：${year}年の数字を削除する` })).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);
      await submitExpecting400(page, "削除する", javaScriptEnabled);
      await expect(page.locator("#field-reason-error")).toHaveText("削除する理由を入力してください");
      expect(await db.selectFrom("outcome_figures").select("year").where("year", "=", year).execute()).toHaveLength(1);
      await page.getByLabel("削除する理由").fill("試しに入れた数字のため");
      await page.getByRole("button", { name: "削除する" }).click();
      await expect(page.getByRole("status")).toHaveText(`${year}年の数字を削除しました。`);
      expect(await db.selectFrom("outcome_figures").select("year").where("year", "=", year).execute()).toEqual([]);
      const removed = await db
        .selectFrom("audit_log")
        .select(["action", "detail"])
        .where("entity_type", "=", "outcome_figures")
        .where("entity_id", "=", String(year))
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      expect(removed.action).toBe("outcome.remove");
      expect(JSON.parse(removed.detail)).toMatchObject({ reason: "試しに入れた数字のため" });
    });

    test("magazine copies are recorded with where they went, once in the audit log", async ({ page, db, signInAsStaff }) => {
      const staff = await signInAsStaff();
      const number = await freeIssueNumber(db);
      const issue = await makeMagazineIssue(db, { number, jobIds: [], published: true });
      const destination = `熊本保護観察所 ${randomUUID().slice(0, 6)}`;
      await page.goto("/staff/stats/distribution");
      await page.getByLabel("号", { exact: true }).selectOption(String(issue.id));
      await page.getByLabel("送り先").fill(destination);
      await page.getByLabel("部数", { exact: true }).fill("0");
      await submitExpecting400(page, "記録する", javaScriptEnabled);
      await expect(page.locator("#field-copies-error")).toHaveText("部数は1から100000までの数で入力してください");
      await expect(page.getByLabel("送り先")).toHaveValue(destination);
      expect(await db.selectFrom("magazine_distributions").select("id").where("destination", "=", destination).execute()).toEqual([]);
      await page.getByLabel("部数", { exact: true }).fill("25");
      await page.getByRole("button", { name: "記録する" }).click();
      await expect(page.getByRole("status")).toHaveText("記録しました。");
      await expect(page.getByRole("row").filter({ hasText: destination })).toContainText(`第${number}号`);
      const rows = await db.selectFrom("magazine_distributions").select(["id", "copies"]).where("destination", "=", destination).execute();
      expect(rows).toHaveLength(1);
      expect(rows[0].copies).toBe(25);
      const audit = await db
        .selectFrom("audit_log")
        .select(["action", "actor_user_id"])
        .where("entity_type", "=", "magazine_distribution")
        .where("entity_id", "=", String(rows[0].id))
        .execute();
      expect(audit).toEqual([{ action: "magazine.distribution.add", actor_user_id: staff.id }]);
    });
  });
}

test("the figures page is accessible at 360 px and its charts carry their numbers", async ({ page, signInAsStaff }) => {
  await signInAsStaff();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/staff/stats");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("進捗の集計");
  const charts = page.locator("svg[role=img]");
  expect(await charts.count()).toBeGreaterThanOrEqual(3);
  expect(await page.locator("[style]").count()).toBe(0);
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("only staff reach the figures and their CSV files", async ({ page, signInAsEmployer }) => {
  const anonymous = await page.request.get("/staff/stats/csv/monthly-jobs", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(302);
  expect(anonymous.headers()["location"]).toMatch(/^\/login\?redirectTo=/);
  await signInAsEmployer();
  for (const path of ["/staff/stats/csv/monthly-jobs", "/staff/stats", "/staff/stats/attendance", "/staff/surveys"]) {
    expect((await page.request.get(path)).status(), path).toBe(403);
  }
});

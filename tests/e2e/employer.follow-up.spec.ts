import { retentionFigures, retentionTable } from "../../app/models/stats-retention.server";
import { tokyoDay } from "../../app/utils/dates";
import { addMonthsToMonth, fiscalYearLabel, fiscalYearOfMonth, monthLabel } from "../../app/utils/fiscal";
import { clockNow, expect, test } from "./fixtures";
import { submitExpecting400 } from "./submit";

// A hire reported for last month gets its checks; the dashboard asks the first one; the
// answer shows in the retention figures on /staff/stats and in their CSV.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a hire for last month, its first check answered, retention updated on the page and in the CSV", async ({ page, db, signInAsEmployer, signInAsStaff }) => {
      test.setTimeout(90_000);
      const { employerId } = await signInAsEmployer();
      const today = tokyoDay(clockNow());
      const lastMonth = addMonthsToMonth(today.slice(0, 7), -1);
      const fiscalYear = fiscalYearOfMonth(lastMonth);

      await page.goto("/employer/hires");
      await page.getByLabel("採用した月").selectOption({ label: monthLabel(lastMonth) });
      await page.getByLabel("採用した人数").fill("2");
      await page.getByRole("button", { name: "報告する" }).click();
      await expect(page.getByRole("status")).toHaveText("報告を保存しました。ありがとうございます。");
      await expect(page.getByRole("row").filter({ hasText: monthLabel(lastMonth) })).toContainText("2人");

      const report = await db.selectFrom("hire_reports").select(["id", "month", "hires"]).where("employer_id", "=", employerId).executeTakeFirstOrThrow();
      expect(report).toMatchObject({ month: lastMonth, hires: 2 });
      const plan = await db.selectFrom("hire_follow_ups").select(["months_after", "due_on", "answered_at"]).where("hire_report_id", "=", report.id).orderBy("months_after").execute();
      expect(plan.map((p) => p.months_after)).toEqual([1, 2, 3, 4, 5, 6, 9, 12]);
      expect(plan[0]).toEqual({ months_after: 1, due_on: `${today.slice(0, 7)}-01`, answered_at: null });

      const before = retentionTable(await retentionFigures(db, today)).rows.find((r) => r[0] === fiscalYearLabel(fiscalYear) && r[1] === "1か月")!;

      await page.goto("/employer");
      const check = page.getByRole("region", { name: "採用したあとの確認" });
      await expect(check).toContainText(`${monthLabel(lastMonth)}に採用した2人について、採用から1か月の確認です。`);
      await submitExpecting400(page, "答える", javaScriptEnabled);
      await expect(page.locator("#field-still_working-error")).toHaveText("まだ働いているかを選んでください");
      expect((await db.selectFrom("hire_follow_ups").select("answered_at").where("hire_report_id", "=", report.id).where("months_after", "=", 1).executeTakeFirstOrThrow()).answered_at).toBeNull();

      await check.getByRole("group", { name: "まだ働いているのは何人ですか" }).getByLabel("1人", { exact: true }).check();
      await check.getByRole("group", { name: "困っていることはありますか" }).getByLabel("いいえ").check();
      await check.getByRole("group", { name: "市の手助けが必要ですか" }).getByLabel("はい").check();
      await page.getByRole("button", { name: "答える" }).click();
      await expect(page.getByRole("status")).toHaveText("確認に答えていただき、ありがとうございます。");
      await expect(page.getByRole("region", { name: "採用したあとの確認" })).toHaveCount(0);
      const answered = await db.selectFrom("hire_follow_ups").selectAll().where("hire_report_id", "=", report.id).where("months_after", "=", 1).executeTakeFirstOrThrow();
      expect(answered).toMatchObject({ still_working: 1, trouble: 0, wants_help: 1 });

      // Retention: two more people answered for, one more still working.
      const after = retentionTable(await retentionFigures(db, today)).rows.find((r) => r[0] === fiscalYearLabel(fiscalYear) && r[1] === "1か月")!;
      expect(Number(after[3])).toBe((Number(before[3]) || 0) + 2);
      expect(Number(after[4])).toBe((Number(before[4]) || 0) + 1);

      await signInAsStaff();
      await page.goto(`/staff/stats?fy=${fiscalYear}`);
      const table = page.getByRole("table", { name: "採用したあとの定着（採用した月の年度別）" });
      const row = table.getByRole("row").filter({ hasText: fiscalYearLabel(fiscalYear) }).filter({ has: page.getByRole("cell", { name: "1か月", exact: true }) });
      await expect(row.getByRole("cell")).toHaveText(after.slice(1).map((v) => (typeof v === "number" ? v.toLocaleString("ja-JP") : String(v))));
      await expect(page.getByRole("listitem").filter({ hasText: "市の手助けを求めています" }).first()).toBeVisible();

      const csv = await page.request.get((await page.getByRole("link", { name: /採用したあとの定着.*CSV/ }).getAttribute("href"))!);
      expect(csv.status()).toBe(200);
      const text = new TextDecoder("utf-8").decode(await csv.body());
      expect(text).toContain("採用した年度,採用から,採用した人,答えのあった人,まだ働いている人,定着率,まだ分からない人\r\n");
      expect(text).toContain(`${after.join(",")}\r\n`);
    });
  });
}

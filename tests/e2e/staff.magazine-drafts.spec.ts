import {
  expect,
  test,
  auditOf,
  clockNow,
  expectAccessible,
  freeIssueNumber,
  openPage,
} from "./fixtures";
import { makeEmployer, makeJob, makeMagazineIssue } from "../factories";
import { addDays, tokyoDay } from "../../app/utils/dates";

// A draft issue can be deleted after a confirmation (a published one never); an issue dated
// tomorrow is 「予定」: staff see it, the public does not, anywhere. Its turn to public at
// midnight in Tokyo is tested with a fixed clock in tests/unit/magazine-schedule.test.ts.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    test("staff delete a draft issue after confirming", async ({
      db,
      signInAsStaff,
      page: tab,
    }) => {
      test.setTimeout(180_000);
      const employer = await makeEmployer(db);
      const job = await makeJob(db, { employerId: employer.id });
      const number = await freeIssueNumber(db);
      const draft = await makeMagazineIssue(db, {
        number,
        jobIds: [job.id],
        published: false,
        title: `消す下書き ${number}`,
      });
      const staff = await signInAsStaff();
      await openPage(tab, `/staff/magazine/${draft.id}`, javaScriptEnabled);
      await tab
        .getByRole("link", { name: `第${number}号の下書きを消す…` })
        .click();
      await expect(
        tab.getByText(`第${number}号の下書きを、本当に消しますか。`)
      ).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(tab);
      // 「やめる」 keeps it.
      await tab.getByRole("link", { name: "やめる" }).click();
      await expect(tab.getByRole("heading", { level: 1 })).toContainText(
        `第${number}号`
      );
      expect(
        (
          await db
            .selectFrom("magazine_issues")
            .select("id")
            .where("id", "=", draft.id)
            .execute()
        ).length
      ).toBe(1);

      await tab
        .getByRole("link", { name: `第${number}号の下書きを消す…` })
        .click();
      await tab.getByRole("button", { name: "消す", exact: true }).click();
      await expect(tab).toHaveURL(/\/staff\/magazine\?done=deleted$/);
      await expect(tab.getByRole("status")).toHaveText("下書きを消しました。");
      await expect(
        tab.getByRole("link", { name: `消す下書き ${number}` })
      ).toHaveCount(0);
      expect(
        await db
          .selectFrom("magazine_issues")
          .select("id")
          .where("id", "=", draft.id)
          .execute()
      ).toEqual([]);
      expect(
        await db
          .selectFrom("magazine_items")
          .select("id")
          .where("issue_id", "=", draft.id)
          .execute()
      ).toEqual([]);
      expect(
        (
          await db
            .selectFrom("jobs")
            .select("id")
            .where("id", "=", job.id)
            .execute()
        ).length
      ).toBe(1);
      const audit = await auditOf(db, "magazine_issue", draft.id);
      expect(audit.map((a) => [a.action, a.actor_user_id])).toEqual([
        ["magazine.delete", staff.id],
      ]);
    });
  });
}

test("a published issue cannot be deleted", async ({
  page,
  db,
  signInAsStaff,
}) => {
  test.setTimeout(120_000);
  const employer = await makeEmployer(db);
  const job = await makeJob(db, { employerId: employer.id });
  const issue = await makeMagazineIssue(db, {
    number: await freeIssueNumber(db),
    jobIds: [job.id],
    published: true,
  });
  await signInAsStaff();
  await page.goto(`/staff/magazine/${issue.id}?delete=1`);
  await expect(page.getByRole("heading", { name: "下書きを消す" })).toHaveCount(
    0
  );
  await expect(
    page.getByRole("button", { name: "消す", exact: true })
  ).toHaveCount(0);
  // A hand-made post is refused too.
  const response = await page.request.post(`/staff/magazine/${issue.id}`, {
    form: { intent: "delete" },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(409);
  expect(
    (
      await db
        .selectFrom("magazine_issues")
        .select("status")
        .where("id", "=", issue.id)
        .executeTakeFirst()
    )?.status
  ).toBe("published");
  expect(
    (await auditOf(db, "magazine_issue", issue.id)).map((a) => a.action)
  ).not.toContain("magazine.delete");
});

test("an issue dated tomorrow is 予定: staff see it, the public sees it nowhere today", async ({
  page,
  db,
  browser,
  baseURL,
  signInAsStaff,
}) => {
  test.setTimeout(180_000);
  const employer = await makeEmployer(db);
  const job = await makeJob(db, { employerId: employer.id });
  const number = await freeIssueNumber(db);
  const tomorrow = addDays(tokyoDay(clockNow()), 1);
  const title = `明日の号 ${number}`;
  await makeMagazineIssue(db, {
    number,
    jobIds: [job.id],
    published: true,
    issue_date: tomorrow,
    title,
  });

  const visitor = await browser.newContext({ baseURL });
  const anon = await visitor.newPage();
  await anon.goto("/magazine");
  await expect(anon.getByRole("heading", { level: 1 })).toHaveText(
    "求人情報誌"
  );
  await expect(anon.getByText(title)).toHaveCount(0);
  await anon.goto("/");
  await expect(anon.getByText(title)).toHaveCount(0);
  for (const path of [
    `/magazine/${number}`,
    `/magazine/${number}/print`,
    `/magazine/${number}.pdf`,
  ]) {
    expect((await anon.request.get(path)).status(), path).toBe(404);
  }
  await visitor.close();

  await signInAsStaff();
  await page.goto("/staff/magazine");
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("予定（");
  await expect(row).toContainText("に公開）");
  await expectAccessible(page);
  await page.goto(`/magazine/${number}`);
  await expect(
    page.getByText(/予定の号です。.*に公開されます。/)
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "PDF を開く" })).toHaveCount(0);
  await page.screenshot({
    path: "test-results/magazine-scheduled-staff.png",
    fullPage: false,
  });
});

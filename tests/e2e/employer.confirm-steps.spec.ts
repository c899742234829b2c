import { makeJob, makeMagazineIssue } from "../factories";
import { auditOf, clockNow, expect, freeIssueNumber, test } from "./fixtures";
import { uniqueTitle } from "./employer.job-form";

// Irreversible steps ask first, in a second form (so without JavaScript too), and a posting
// the employer closed by mistake can be reopened for 14 days.

const DAY_MS = 24 * 60 * 60 * 1000;

// Publishing makes the issue's PDF with Chromium; on a busy machine that takes a while.
test.describe.configure({ timeout: 180_000 });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("充足 and 終了 ask first, do nothing until confirmed, and can be undone", async ({ page, db, signInAsEmployer }) => {
      const { employerId } = await signInAsEmployer();
      const job = await makeJob(db, { employerId, title: uniqueTitle("配送助手") });
      const status = async () => (await db.selectFrom("jobs").select(["status", "closed_at"]).where("id", "=", job.id).executeTakeFirstOrThrow());

      await page.goto(`/employer/jobs/${job.id}`);
      await page.getByRole("link", { name: "人が決まった（充足）" }).click();
      await expect(page.getByRole("heading", { name: "本当に「充足」にしますか" })).toBeVisible();
      expect(await status()).toEqual({ status: "published", closed_at: null });
      await page.getByRole("link", { name: "やめる（何もしない）" }).click();
      await expect(page.getByRole("heading", { name: "本当に「充足」にしますか" })).toHaveCount(0);
      expect(await status()).toEqual({ status: "published", closed_at: null });

      // A post without the second step (an old page, a double click) only asks.
      const direct = await page.request.post(`/employer/jobs/${job.id}`, { form: { intent: "closed" }, maxRedirects: 0 });
      expect(direct.status()).toBe(302);
      expect(direct.headers().location).toBe(`/employer/jobs/${job.id}?confirm=closed`);
      expect(await status()).toEqual({ status: "published", closed_at: null });

      await page.getByRole("link", { name: "募集をやめる（終了）" }).click();
      await expect(page.getByRole("heading", { name: "本当に募集をやめますか" })).toBeVisible();
      expect((await status()).status).toBe("published");
      await page.getByRole("button", { name: "はい、募集をやめる" }).click();
      await expect(page.getByText("募集を終えました。")).toBeVisible();
      expect((await status()).status).toBe("closed");
      expect((await page.request.get(`/jobs/${job.id}`)).status()).toBe(410);

      await page.getByRole("button", { name: "募集を再開する" }).click();
      await expect(page.getByText("募集を再開しました。もう一度公開しています。")).toBeVisible();
      expect(await status()).toEqual({ status: "published", closed_at: null });
      expect((await page.request.get(`/jobs/${job.id}`)).status()).toBe(200);
      const audit = await auditOf(db, "job", job.id);
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["job.closed", "job.reopen"]));
    });

    test("publishing a magazine issue asks first and does nothing until confirmed", async ({ page, db, signInAsStaff }) => {
      const { employer } = await import("../factories").then((f) => f.makeEmployerAccount(db, { email: `mz-${Math.random().toString(36).slice(2)}@example.jp` }));
      const job = await makeJob(db, { employerId: employer.id, title: uniqueTitle("清掃スタッフ") });
      const number = await freeIssueNumber(db);
      const issue = await makeMagazineIssue(db, { number, jobIds: [job.id], published: false });
      const state = async () => (await db.selectFrom("magazine_issues").select(["status", "published_at"]).where("id", "=", issue.id).executeTakeFirstOrThrow());
      await signInAsStaff();

      await page.goto(`/staff/magazine/${issue.id}`);
      await page.getByRole("link", { name: `第${number}号を発行する` }).click();
      await expect(page.getByText(`本当に第${number}号を発行しますか。`)).toBeVisible();
      expect(await state()).toEqual({ status: "draft", published_at: null });
      await page.getByRole("link", { name: "やめる（発行しない）" }).click();
      await expect(page.getByText(`本当に第${number}号を発行しますか。`)).toHaveCount(0);
      expect(await state()).toEqual({ status: "draft", published_at: null });

      await page.getByRole("link", { name: `第${number}号を発行する` }).click();
      await page.getByRole("button", { name: `はい、第${number}号を発行する` }).click();
      await expect(page.getByText(/^発行しました。/)).toBeVisible({ timeout: 120_000 });
      expect((await state()).status).toBe("published");
    });
  });
}

test("a posting closed more than 14 days ago, or closed by staff, is not reopened", async ({ page, db, signInAsEmployer }) => {
  const { employerId } = await signInAsEmployer();
  const longAgo = new Date(clockNow().getTime() - 15 * DAY_MS).toISOString();
  const old = await makeJob(db, { employerId, title: uniqueTitle("古い求人"), status: "filled", closed_at: longAgo });
  const byStaff = await makeJob(db, { employerId, title: uniqueTitle("市が終えた求人"), status: "closed", status_reason: "連絡がとれません" });

  for (const job of [old, byStaff]) {
    await page.goto(`/employer/jobs/${job.id}`);
    await expect(page.getByRole("button", { name: "募集を再開する" })).toHaveCount(0);
    const r = await page.request.post(`/employer/jobs/${job.id}`, { form: { intent: "reopen" } });
    expect(r.status()).toBe(409);
    expect(await r.text()).toContain("募集を再開できるのは、自分で終えてから14日のあいだだけです。");
    const row = await db.selectFrom("jobs").select(["status", "closed_at"]).where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: job.status, closed_at: job.closed_at });
  }

  // 13 days ago: still possible.
  const recent = await makeJob(db, {
    employerId,
    title: uniqueTitle("最近の求人"),
    status: "filled",
    closed_at: new Date(clockNow().getTime() - 13 * DAY_MS).toISOString(),
  });
  await page.goto(`/employer/jobs/${recent.id}`);
  await page.getByRole("button", { name: "募集を再開する" }).click();
  await expect(page.getByText("募集を再開しました。")).toBeVisible();
  expect((await db.selectFrom("jobs").select("status").where("id", "=", recent.id).executeTakeFirstOrThrow()).status).toBe("published");
});

test("the employer sees its pending change beside the live version", async ({ page, db, signInAsEmployer }) => {
  const { employerId } = await signInAsEmployer();
  const job = await makeJob(db, { employerId, title: uniqueTitle("型枠大工"), hours: "8:00〜17:00" });
  const { jobToInput, loadOffenceRules } = await import("../../app/models/job-postings.server");
  const proposed = { ...jobToInput(job, await loadOffenceRules(db, job.id)), hours: "7:30〜16:30" };
  await db.insertInto("job_revisions").values({ job_id: job.id, content: JSON.stringify(proposed), status: "pending", created_at: clockNow().toISOString() }).execute();
  await page.goto(`/employer/jobs/${job.id}`);
  const change = page.getByRole("region", { name: "市が確認している変更" });
  const row = change.getByRole("row", { name: /働く時間/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("8:00〜17:00");
  await expect(row.getByRole("cell").nth(1)).toHaveText("7:30〜16:30");
});

test("on a 360 px phone the hire table keeps its words whole", async ({ page, db, signInAsEmployer }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { employerId } = await signInAsEmployer();
  const now = clockNow().toISOString();
  const month = now.slice(0, 7);
  await db.insertInto("hire_reports").values({ employer_id: employerId, job_id: null, month, hires: 2, note: "二人とも毎日来ています。", created_at: now, updated_at: now }).execute();
  await page.goto("/employer/hires");
  // How many lines each cell's text takes (cells of one row share a height, so not the box).
  const lines = await page.locator(".hire-table tbody tr").first().evaluate((row) =>
    Array.from(row.querySelectorAll("td")).map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td.firstChild ?? td);
      return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
    }),
  );
  // 月, 人数, 求人 on one line each; the 12-character note on at most two.
  expect(lines.slice(0, 3)).toEqual([1, 1, 1]);
  expect(lines[3]).toBeLessThanOrEqual(2);
  await page.screenshot({ path: "test-results/hire-table-360.png" });
});

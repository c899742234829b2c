import { createSession } from "../../app/auth/session.server";
import { jobToInput, loadOffenceRules } from "../../app/models/job-postings.server";
import { makeEmployerAccount, makeJob } from "../factories";
import { auditOf, expect, expectAccessible, openPage, test, uniqueEmail } from "./fixtures";
import { now as clockNow, nowMs as clockNowMs } from "../../app/utils/clock";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`staff management, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a revision of a published posting is shown field by field and approved", async ({ page, db, signInAsStaff }) => {
      test.setTimeout(90_000); // axe over the whole review page is slow on a busy machine
      const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("rev") });
      const job = await makeJob(db, { employerId: employer.id, title: `フォークリフト${clockNowMs()}`, pay_min: 9000 });
      const proposed = { ...jobToInput(job, await loadOffenceRules(db, job.id)), pay_min: 9500, housing: true };
      const revision = await db
        .insertInto("job_revisions")
        .values({ job_id: job.id, content: JSON.stringify(proposed), status: "pending", created_at: clockNow().toISOString() })
        .returning("id")
        .executeTakeFirstOrThrow();
      const staff = await signInAsStaff();
      await openPage(page, `/staff?item=revision-${revision.id}`, javaScriptEnabled);
      const rows = page.locator("table.diff tbody tr");
      await expect(rows).toHaveCount(2);
      await expect(rows.filter({ hasText: "給与（いちばん低い額）" })).toContainText("9,000円");
      await expect(rows.filter({ hasText: "給与（いちばん低い額）" })).toContainText("9,500円");
      await expect(rows.filter({ hasText: "寮・社宅あり" })).toContainText("いいえ");
      if (javaScriptEnabled) await expectAccessible(page);
      await page.getByRole("button", { name: "変更を承認する" }).click();
      await expect(page).toHaveURL(/done=approved/);
      const row = await db.selectFrom("jobs").select(["pay_min", "housing"]).where("id", "=", job.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ pay_min: 9500, housing: 1 });
      expect(await auditOf(db, "job_revision", revision.id)).toMatchObject([{ action: "job_revision.approve", actor_user_id: staff.id }]);
    });

    test("employers: search, record the registration, suspend (postings hidden, sessions ended)", async ({ page, db, signInAsStaff }) => {
      const tag = Math.random().toString(36).slice(2, 8);
      const { employer, user } = await makeEmployerAccount(db, {
        email: uniqueEmail("susp"),
        employer: { name: `株式会社 停止${tag}（架空）`, registration: "in_progress" },
      });
      const job = await makeJob(db, { employerId: employer.id });
      await createSession(db, user.id);
      const staff = await signInAsStaff();
      await openPage(page, "/staff/employers", javaScriptEnabled);
      await page.getByLabel("会社名・ふりがな・住所・担当者").fill(`停止${tag}`);
      await page.getByRole("button", { name: "さがす" }).click();
      await page.getByRole("link", { name: employer.name }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(employer.name);

      await page.getByLabel("登録の状況").selectOption("registered");
      await page.getByLabel("保護観察所で確認した日").fill("2026-11-20");
      await page.getByRole("button", { name: "記録する" }).click();
      await expect(page.getByRole("status")).toContainText("記録しました");
      expect(await db.selectFrom("employers").select(["registration", "registration_confirmed_at"]).where("id", "=", employer.id).executeTakeFirstOrThrow()).toEqual({
        registration: "registered",
        registration_confirmed_at: "2026-11-19T15:00:00.000Z",
      });

      await page.getByText("停止する（求人を非公開にし、ログインを終わらせます）").click();
      await page.getByRole("button", { name: "停止する", exact: true }).click();
      await expect(page.locator("#field-reason-error")).toHaveText("停止する理由を入力してください");
      expect((await db.selectFrom("employers").select("status").where("id", "=", employer.id).executeTakeFirstOrThrow()).status).toBe("approved");
      await page.getByLabel("停止する理由").fill("連絡がとれないため");
      await page.getByRole("button", { name: "停止する", exact: true }).click();
      await expect(page.getByRole("status")).toContainText("停止しました");
      expect(await db.selectFrom("sessions").select("id").where("user_id", "=", user.id).execute()).toEqual([]);
      // A suspended employer's posting has ended for the public: 410, not an error page.
      const hidden = await page.request.get(`/jobs/${job.id}`);
      expect(hidden.status()).toBe(410);
      expect(await hidden.text()).toContain("募集は終了しました");
      expect(await auditOf(db, "employer", employer.id)).toMatchObject([
        { action: "employer.registration", actor_user_id: staff.id },
        { action: "employer.suspended", actor_user_id: staff.id },
      ]);
    });

    test("a long list of postings comes a page at a time, with its total, and keeps its filter", async ({ page, db, signInAsStaff }) => {
      const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("many") });
      for (let i = 0; i < 53; i++) await makeJob(db, { employerId: employer.id, title: `仕分けスタッフ${i}` });
      await signInAsStaff();
      await openPage(page, `/staff/jobs?employer=${employer.id}`, javaScriptEnabled);
      await expect(page.getByText("53件（1〜50件目）")).toBeVisible();
      await expect(page.locator("tbody tr")).toHaveCount(50);
      await page.getByRole("link", { name: "次へ" }).click();
      await expect(page).toHaveURL(new RegExp(`employer=${employer.id}&page=2$`));
      await expect(page.getByText("53件（51〜53件目）")).toBeVisible();
      await expect(page.locator("tbody tr")).toHaveCount(3);
      await page.getByRole("link", { name: "前へ" }).click();
      await expect(page.locator("tbody tr")).toHaveCount(50);
    });

    test("postings: filter, correct the public text (logged), close", async ({ page, db, signInAsStaff }) => {
      const tag = Math.random().toString(36).slice(2, 8);
      const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("jobs"), employer: { ward: "kita" } });
      const job = await makeJob(db, { employerId: employer.id, title: `清掃スタッフ${tag}`, ward: "kita" });
      const staff = await signInAsStaff();
      await openPage(page, `/staff/jobs?status=published&ward=kita&employer=${employer.id}`, javaScriptEnabled);
      await page.getByRole("link", { name: job.title }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(job.title);
      await page.getByLabel("職種").fill(`清掃スタッフ（日勤）${tag}`);
      await page.getByRole("button", { name: "直して保存する" }).click();
      await expect(page.locator("#field-note-error")).toHaveText("直した理由（記録に残ります）を入力してください");
      await expect(page.getByLabel("職種")).toHaveValue(`清掃スタッフ（日勤）${tag}`);
      await page.getByLabel("直した理由（記録に残ります）").fill("勤務時間帯を職種名に");
      await page.getByRole("button", { name: "直して保存する" }).click();
      await expect(page.getByRole("status")).toContainText("直しました");
      const [entry] = await db.selectFrom("audit_log").select("detail").where("entity_type", "=", "job").where("entity_id", "=", String(job.id)).execute();
      expect(JSON.parse(entry.detail).changes.title).toEqual({ before: job.title, after: `清掃スタッフ（日勤）${tag}` });

      await page.getByText("この求人を終了する").click();
      await page.getByLabel("終了する理由").fill("採用が決まったと電話があった");
      await page.getByRole("button", { name: "終了する", exact: true }).click();
      await expect(page.getByRole("status")).toContainText("終了しました");
      expect((await db.selectFrom("jobs").select("status").where("id", "=", job.id).executeTakeFirstOrThrow()).status).toBe("closed");
      expect(await auditOf(db, "job", job.id)).toMatchObject([
        { action: "job.correct", actor_user_id: staff.id },
        { action: "job.close", actor_user_id: staff.id },
      ]);
    });

    test("contact requests: days left, forward chosen details, mark handled", async ({ page, db, signInAsStaff }) => {
      const tag = Math.random().toString(36).slice(2, 8);
      const { employer, user } = await makeEmployerAccount(db, { email: uniqueEmail("contact") });
      const job = await makeJob(db, { employerId: employer.id });
      const request = await db
        .insertInto("contact_requests")
        .values({
          job_id: job.id,
          name: `たろう${tag}`,
          contact_method: "email",
          contact_value: `taro-${tag}@example.jp`,
          preferred_time: "夕方",
          message: `面接を受けたいです${tag}`,
          created_at: new Date(clockNowMs() - 10 * 86_400_000).toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const staff = await signInAsStaff();
      await openPage(page, "/staff/contacts", javaScriptEnabled);
      const item = page.locator("li", { hasText: `たろう${tag}` });
      await expect(item).toContainText("あと80日で自動的に消えます");
      await item.getByRole("link", { name: "くわしく見る・事業主に伝える" }).click();
      await page.getByLabel("名前・ニックネーム").uncheck();
      await page.getByLabel("連絡先").uncheck();
      await page.getByRole("button", { name: "事業主に伝える" }).click();
      await expect(page.locator("#field-sendContact-error")).toHaveText("名前か連絡先の、少なくとも一つを選んでください");
      await page.getByLabel("連絡先").check();
      await page.getByRole("button", { name: "事業主に伝える" }).click();
      await expect(page.getByRole("status")).toContainText("伝えました");
      const [forward] = await db.selectFrom("contact_forwards").selectAll().where("contact_request_id", "=", request.id).execute();
      expect(forward.details).toContain(`taro-${tag}@example.jp`);
      expect(forward.details).not.toContain(`たろう${tag}`);
      expect(forward.details).not.toContain("面接を受けたいです");
      const mails = await db.selectFrom("outbox").select("body").where("to_address", "=", user.email).execute();
      expect(mails.some((m) => m.body.includes(`taro-${tag}@example.jp`))).toBe(true);

      // Forwarding handled it: it has left the open list.
      await openPage(page, "/staff/contacts", javaScriptEnabled);
      await expect(page.locator("li", { hasText: `たろう${tag}` })).toHaveCount(0);
      const audit = await auditOf(db, "contact_request", request.id);
      // Each view of the person's details is recorded, as is the forward.
      expect(audit.filter((a) => a.action !== "contact.view")).toMatchObject([{ action: "contact.forward", actor_user_id: staff.id }]);
      expect(audit[0]).toMatchObject({ action: "contact.view", actor_user_id: staff.id });
    });

    test("accounts: add staff, disable one (sessions end), mail an employer a reset link; the audit log shows it", async ({
      page,
      db,
      signInAsStaff,
    }) => {
      const staff = await signInAsStaff();
      const email = uniqueEmail("newstaff");
      await openPage(page, "/staff/users", javaScriptEnabled);
      await page.getByLabel("名前").fill("生活安全課 新人");
      await page.getByLabel("メールアドレス", { exact: true }).fill(staff.email);
      await page.getByRole("button", { name: "加える" }).click();
      await expect(page.locator("#field-email-error")).toHaveText("このメールアドレスのアカウントは、すでにあります");
      await page.getByLabel("メールアドレス", { exact: true }).fill(email);
      await page.getByRole("button", { name: "加える" }).click();
      await expect(page.getByRole("status")).toContainText("アカウントを作り");
      const added = await db.selectFrom("users").select(["id", "role"]).where("email", "=", email).executeTakeFirstOrThrow();
      expect(added.role).toBe("staff");
      expect((await db.selectFrom("outbox").select("body").where("to_address", "=", email).execute())[0].body).toContain("/password/reset/");
      await createSession(db, added.id);

      await page.locator("li", { hasText: email }).getByRole("button", { name: "使えないようにする" }).click();
      await expect(page.getByRole("status")).toContainText("使えないようにしました");
      expect(await db.selectFrom("sessions").select("id").where("user_id", "=", added.id).execute()).toEqual([]);

      const { user } = await makeEmployerAccount(db, { email: uniqueEmail("forgetful") });
      await page.getByLabel("メールアドレス・会社名").fill(user.email);
      await page.getByRole("button", { name: "さがす" }).click();
      await page.locator("li", { hasText: user.email }).getByRole("button", { name: "パスワード再設定のメールを送る" }).click();
      await expect(page.getByRole("status")).toContainText("再設定のメールを送りました");
      expect(await db.selectFrom("outbox").select("id").where("to_address", "=", user.email).execute()).toHaveLength(1);

      expect(await auditOf(db, "user", added.id)).toMatchObject([
        { action: "user.create", actor_user_id: staff.id },
        { action: "user.disable", actor_user_id: staff.id },
      ]);
      expect(await auditOf(db, "user", user.id)).toMatchObject([{ action: "user.password_reset_sent", actor_user_id: staff.id }]);

      await openPage(page, `/staff/audit?type=user&id=${added.id}`, javaScriptEnabled);
      const rows = page.locator("table.audit tbody tr");
      await expect(rows).toHaveCount(2);
      await expect(rows.first()).toContainText("を使えないようにしました");
      await expect(rows.first()).toContainText(staff.email);
      await expect(page.locator("form[method=post]")).toHaveCount(1); // only the header's logout
      if (javaScriptEnabled) await expectAccessible(page);
    });
  });
}

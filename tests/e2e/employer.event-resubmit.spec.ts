import { makeEmployerAccount, makeEvent, makeStaff, tokyoDateTime } from "../factories";
import { addMonths, tokyoDay } from "../../app/utils/dates";
import { auditOf, clockNow, expect, expectAccessible, openPage, test, uniqueEmail } from "./fixtures";
import { submitExpecting400 } from "./submit";

// An employer's seminar or tour sent back by the city: the employer reads why, corrects it on
// its own page and sends it again, and it is back in the staff queue. A refused one is final.
// Another employer's proposal is not found.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a sent-back event is corrected and sent again by its employer and reaches the staff queue", async ({
      page,
      db,
      signInAs,
      signInAsEmployer,
    }) => {
      test.setTimeout(240_000);
      const tag = Math.random().toString(36).slice(2, 8);
      const staff = await makeStaff(db, { email: uniqueEmail("queue-staff") });
      const { employerId } = await signInAsEmployer();
      const day = addMonths(tokyoDay(), 1);
      const event = await makeEvent(db, {
        kind: "workplace_tour",
        title: `職場見学会${tag}`,
        organizer_employer_id: employerId,
        status: "rejected",
        status_reason: "持ち物を書いてください。",
        what_to_bring: "",
        starts_at: tokyoDateTime(day, "10:00"),
        ends_at: tokyoDateTime(day, "11:30"),
      });
      const staffMails = () => db.selectFrom("outbox").select(["subject", "body"]).where("to_address", "=", staff.email).execute();
      expect(await staffMails()).toEqual([]);

      await openPage(page, "/employer", javaScriptEnabled);
      await page.getByRole("link", { name: event.title }).click();
      await expect(page).toHaveURL(new RegExp(`/employer/events/${event.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
      await expect(page.getByText("状態: 差し戻し")).toBeVisible();
      await expect(page.getByText("差し戻しの理由: 持ち物を書いてください。")).toBeVisible();
      // The form holds what was sent, ready to correct.
      await expect(page.getByLabel("名前", { exact: true })).toHaveValue(event.title);
      await expect(page.getByLabel("日にち")).toHaveValue(day);
      await expect(page.getByLabel("始まる時間")).toHaveValue("10:00");
      if (javaScriptEnabled) await expectAccessible(page);

      // A mistake is refused on the server too, with the typed values kept, nothing saved.
      await page.getByLabel("名前", { exact: true }).fill("");
      await page.getByLabel("持ち物").fill("軍手");
      await submitExpecting400(page, "直して市に送る", javaScriptEnabled);
      await expect(page.locator("#field-title-error")).toHaveText("名前を入力してください");
      await expect(page.getByLabel("持ち物")).toHaveValue("軍手");
      expect((await db.selectFrom("events").select(["status", "what_to_bring"]).where("id", "=", event.id).executeTakeFirstOrThrow())).toEqual({
        status: "rejected",
        what_to_bring: "",
      });

      const corrected = `職場見学会（直しました）${tag}`;
      await page.getByLabel("名前", { exact: true }).fill(corrected);
      await page.getByRole("button", { name: "直して市に送る" }).click();
      await expect(page.getByRole("status")).toHaveText("直した内容を市に送りました。市の担当者が確認してから公開します。");
      await expect(page.getByText("状態: 市の確認待ち")).toBeVisible();
      const saved = await db.selectFrom("events").selectAll().where("id", "=", event.id).executeTakeFirstOrThrow();
      expect(saved).toMatchObject({ status: "pending", title: corrected, what_to_bring: "軍手", status_reason: "", refused_at: null });
      expect((await auditOf(db, "event", event.id)).map((a) => a.action)).toEqual(["event.resubmit"]);
      // Staff are told that it waits for review again.
      const mails = await staffMails();
      expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining("セミナー・見学会の審査")]);
      expect(mails[0].body).toContain(corrected);

      // Another employer: not found.
      const other = await makeEmployerAccount(db, { email: uniqueEmail("other"), employer: { status: "approved" } });
      await signInAs(other.user.id);
      const foreign = await page.goto(`/employer/events/${event.id}`);
      expect(foreign?.status()).toBe(404);
      const post = await page.request.post(`/employer/events/${event.id}`, { form: { intent: "withdraw", confirm: "yes" } });
      expect(post.status()).toBe(404);
      expect((await db.selectFrom("events").select("status").where("id", "=", event.id).executeTakeFirstOrThrow()).status).toBe("pending");

      // Staff find it in the review queue again.
      await signInAs(staff.id);
      await openPage(page, `/staff?item=event-${event.id}`, javaScriptEnabled);
      await expect(page.getByRole("main")).toContainText(corrected);
      await expect(page.getByRole("button", { name: "差し戻す" })).toBeVisible();
    });

    test("a proposal is withdrawn only after a confirmation; a refused one shows 不承認 with no form", async ({ page, db, signInAsEmployer }) => {
      test.setTimeout(180_000);
      const tag = Math.random().toString(36).slice(2, 8);
      const { employerId } = await signInAsEmployer();
      const sentBack = await makeEvent(db, { kind: "company_seminar", title: `会社説明会${tag}`, organizer_employer_id: employerId, status: "rejected", status_reason: "日にちを確かめてください。" });
      const refused = await makeEvent(db, {
        kind: "company_seminar",
        title: `不承認の説明会${tag}`,
        organizer_employer_id: employerId,
        status: "rejected",
        status_reason: "求人と関係のない催しです。",
        refused_at: clockNow().toISOString(),
      });

      await openPage(page, `/employer/events/${sentBack.id}`, javaScriptEnabled);
      await page.getByRole("button", { name: "申し込みを取り下げる" }).click();
      await expect(page.getByRole("heading", { name: `「${sentBack.title}」の申し込みを取り下げますか` })).toBeVisible();
      expect((await db.selectFrom("events").select("status").where("id", "=", sentBack.id).executeTakeFirstOrThrow()).status).toBe("rejected");
      await page.getByRole("button", { name: "取り下げる", exact: true }).click();
      await expect(page.getByRole("status")).toHaveText("セミナー・見学会の申し込みを取り下げました。");
      expect((await db.selectFrom("events").select("status").where("id", "=", sentBack.id).executeTakeFirstOrThrow()).status).toBe("cancelled");
      expect((await auditOf(db, "event", sentBack.id)).map((a) => a.action)).toEqual(["event.withdraw"]);

      await page.getByRole("link", { name: refused.title }).click();
      await expect(page.getByText("状態: 不承認")).toBeVisible();
      await expect(page.getByText("不承認（市の最終の決定）の理由: 求人と関係のない催しです。")).toBeVisible();
      await expect(page.getByRole("button", { name: "直して市に送る" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "申し込みを取り下げる" })).toHaveCount(0);
      const post = await page.request.post(`/employer/events/${refused.id}`, { form: { intent: "withdraw", confirm: "yes" } });
      expect(post.ok()).toBe(true);
      expect((await db.selectFrom("events").select("status").where("id", "=", refused.id).executeTakeFirstOrThrow()).status).toBe("rejected");
      if (javaScriptEnabled) await expectAccessible(page);
      await page.screenshot({ path: `test-results/employer-event-refused-${javaScriptEnabled ? "js" : "nojs"}.png`, fullPage: true });
    });
  });
}

import { makeEmployerAccount, makeEvent, makeStaff, tokyoDateTime } from "../factories";
import { addDays, addMonths, formatDateTime, tokyoDay } from "../../app/utils/dates";
import { auditOf, expect, expectAccessible, openPage, test, uniqueEmail } from "./fixtures";
import { submitExpecting400 } from "./submit";

// An employer's list of its seminars and tours (/employer/events): it proposes one, staff
// publish it from the review queue, the employer corrects it and it waits for the city again,
// hidden from the public meanwhile. Another employer's event is not found; one that is over
// reads 終了 and can no longer be changed.

const EDIT_BUTTON = "直して市に送る";
const WITHDRAW_BUTTON = "申し込みを取り下げる";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a proposal is listed, published by staff, edited by its employer and back in review", async ({ page, db, signInAs, signInAsEmployer }) => {
      test.setTimeout(300_000);
      const tag = Math.random().toString(36).slice(2, 8);
      const staff = await makeStaff(db, { email: uniqueEmail("events-staff") });
      const employer = await signInAsEmployer();
      const day = addMonths(tokyoDay(), 1);
      const title = `倉庫の職場見学会${tag}`;
      const staffMails = () =>
        db.selectFrom("outbox").select(["subject", "body"]).where("to_address", "=", staff.email).orderBy("id").execute();
      const eventRow = () => db.selectFrom("events").selectAll().where("title", "like", `%${tag}`).executeTakeFirstOrThrow();

      // The menu reaches the list; with nothing yet, it says so and offers the form.
      await openPage(page, "/employer", javaScriptEnabled);
      await page.getByRole("navigation", { name: "事業主メニュー" }).getByRole("link", { name: "セミナー・見学会" }).click();
      await expect(page).toHaveURL(/\/employer\/events$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("セミナー・見学会");
      await expect(page.getByText("これからの会は、まだありません。")).toBeVisible();
      await expect(page.getByText("終わった会は、まだありません。")).toBeVisible();
      await page.getByRole("main").getByRole("link", { name: "セミナー・見学会の日程を出す" }).click();
      await expect(page).toHaveURL(/\/employer\/events\/new$/);

      await page.getByLabel("種類").selectOption({ label: "職場見学会" });
      await page.getByLabel("名前", { exact: true }).fill(title);
      await page.getByLabel("日にち").fill(day);
      await page.getByLabel("始まる時間").fill("10:00");
      await page.getByLabel("終わる時間").fill("11:30");
      await page.getByLabel("場所の名前").fill("本社倉庫");
      await page.getByLabel("場所の住所").fill("熊本市東区1-1");
      await page.getByRole("button", { name: "市に確認してもらう" }).click();
      // Saving settles readings of the new text: seconds on a busy machine.
      await expect(page.getByRole("status")).toContainText("日程を送りました。", { timeout: 30_000 });
      const proposed = await eventRow();
      expect(proposed).toMatchObject({ status: "pending", organizer_employer_id: employer.employerId, venue: "本社倉庫" });

      await openPage(page, "/employer/events", javaScriptEnabled);
      const item = page.getByRole("list", { name: "これからの会" }).getByRole("listitem").filter({ hasText: title });
      await expect(item).toContainText("市の確認待ち");
      await expect(item).toContainText("職場見学会");
      await expect(item).toContainText(`${formatDateTime(tokyoDateTime(day, "10:00"))}〜11:30`);
      await expect(item.getByRole("link", { name: title })).toHaveAttribute("href", `/employer/events/${proposed.id}`);
      if (javaScriptEnabled) await expectAccessible(page);

      // Staff publish it from their review queue.
      await signInAs(staff.id);
      await openPage(page, `/staff?item=event-${proposed.id}`, javaScriptEnabled);
      await expect(page.getByRole("main")).toContainText(title);
      await page.getByRole("button", { name: "承認して公開する" }).click();
      await expect(page).toHaveURL(/done=approved/, { timeout: 30_000 });
      expect((await eventRow()).status).toBe("published");
      expect((await page.request.get(`/events/${proposed.id}`)).status()).toBe(200);

      // The employer sees it public, and opens it from the list.
      await signInAs(employer.userId);
      await openPage(page, "/employer/events", javaScriptEnabled);
      await expect(item).toContainText("公開中");
      await item.getByRole("link", { name: title }).click();
      await expect(page).toHaveURL(new RegExp(`/employer/events/${proposed.id}$`));
      await expect(page.getByText("状態: 公開中")).toBeVisible();
      await expect(page.getByText("直すと、市が確認するまで公開が止まります。")).toBeVisible();
      await expect(page.getByRole("button", { name: WITHDRAW_BUTTON })).toHaveCount(0);
      await expect(page.getByLabel("名前", { exact: true })).toHaveValue(title);
      await expect(page.getByLabel("日にち")).toHaveValue(day);
      if (javaScriptEnabled) await expectAccessible(page);
      await page.screenshot({ path: `test-results/employer-event-public-edit-${javaScriptEnabled ? "js" : "nojs"}.png`, fullPage: true });

      // A bad edit: refused with the message by the field, typed values kept, nothing saved.
      await page.getByLabel("名前", { exact: true }).fill("");
      await page.getByLabel("場所の名前").fill("本社 2階 会議室");
      await submitExpecting400(page, EDIT_BUTTON, javaScriptEnabled);
      await expect(page.locator("#field-title-error")).toHaveText("名前を入力してください");
      await expect(page.getByLabel("場所の名前")).toHaveValue("本社 2階 会議室");
      // The server refuses it on its own too, whatever the browser checked.
      const bad = await page.request.post(`/employer/events/${proposed.id}`, {
        form: { kind: "workplace_tour", title: "", day, start_time: "10:00", end_time: "11:30", venue: "本社 2階 会議室", address: "熊本市東区1-1" },
      });
      expect(bad.status()).toBe(400);
      expect(await bad.text()).toContain("名前を入力してください");
      expect(await eventRow()).toMatchObject({ status: "published", title, venue: "本社倉庫" });
      expect(await staffMails()).toHaveLength(1);

      // The correction: back to review, and staff are told.
      const edited = `倉庫の職場見学会（会議室で集合）${tag}`;
      await page.getByLabel("名前", { exact: true }).fill(edited);
      await page.getByRole("button", { name: EDIT_BUTTON }).click();
      await expect(page.getByRole("status")).toHaveText("直した内容を市に送りました。市の担当者が確認するまで、公開を止めています。", { timeout: 30_000 });
      await expect(page.getByText("状態: 市の確認待ち")).toBeVisible();
      expect(await eventRow()).toMatchObject({ id: proposed.id, status: "pending", title: edited, venue: "本社 2階 会議室" });
      expect((await auditOf(db, "event", proposed.id)).map((a) => a.action)).toEqual(["event.propose", "event.publish", "event.edit_published"]);
      const mails = await staffMails();
      expect(mails.map((m) => m.subject)).toEqual([
        expect.stringContaining("【審査待ち】セミナー・見学会の審査"),
        expect.stringContaining("【審査待ち】公開中のセミナー・見学会の変更の審査"),
      ]);
      expect(mails[1].body).toContain(edited);
      expect((await page.request.get(`/events/${proposed.id}`)).status()).toBe(404);

      await openPage(page, "/employer/events", javaScriptEnabled);
      const editedItem = page.getByRole("list", { name: "これからの会" }).getByRole("listitem").filter({ hasText: edited });
      await expect(editedItem).toContainText("市の確認待ち");

      // The dashboard links the event and the whole list.
      await openPage(page, "/employer", javaScriptEnabled);
      await expect(page.getByRole("link", { name: edited })).toHaveAttribute("href", `/employer/events/${proposed.id}`);
      await page.getByRole("link", { name: "セミナー・見学会の一覧を見る（終わった会も）" }).click();
      await expect(page).toHaveURL(/\/employer\/events$/);

      // Another employer: not found, to read or to change.
      const other = await makeEmployerAccount(db, { email: uniqueEmail("other"), employer: { status: "approved" } });
      await signInAs(other.user.id);
      expect((await page.goto(`/employer/events/${proposed.id}`))?.status()).toBe(404);
      const foreign = await page.request.post(`/employer/events/${proposed.id}`, {
        form: { kind: "workplace_tour", title: "乗っ取り", day, start_time: "10:00", end_time: "11:30", venue: "よそ", address: "熊本市" },
      });
      expect(foreign.status()).toBe(404);
      const foreignWithdraw = await page.request.post(`/employer/events/${proposed.id}`, { form: { intent: "withdraw", confirm: "yes" } });
      expect(foreignWithdraw.status()).toBe(404);
      expect(await eventRow()).toMatchObject({ status: "pending", title: edited });
      await openPage(page, "/employer/events", javaScriptEnabled);
      await expect(page.getByText(edited)).toHaveCount(0);
    });

    test("an event that is over reads 終了 and offers no edit or withdraw", async ({ page, db, signInAsEmployer }) => {
      test.setTimeout(180_000);
      const tag = Math.random().toString(36).slice(2, 8);
      const { employerId } = await signInAsEmployer();
      const lastMonth = addDays(tokyoDay(), -30);
      const ended = await makeEvent(db, {
        kind: "company_seminar",
        title: `先月の会社説明会${tag}`,
        organizer_employer_id: employerId,
        status: "published",
        starts_at: tokyoDateTime(lastMonth, "13:00"),
        ends_at: tokyoDateTime(lastMonth, "14:30"),
      });
      const unreviewed = await makeEvent(db, {
        kind: "workplace_tour",
        title: `見てもらえなかった見学会${tag}`,
        organizer_employer_id: employerId,
        status: "rejected",
        status_reason: "日にちを確かめてください。",
        starts_at: tokyoDateTime(addDays(lastMonth, 1), "10:00"),
        ends_at: tokyoDateTime(addDays(lastMonth, 1), "11:00"),
      });
      const upcoming = await makeEvent(db, { kind: "company_seminar", title: `来月の会社説明会${tag}`, organizer_employer_id: employerId, status: "pending" });

      await openPage(page, "/employer/events", javaScriptEnabled);
      const past = page.getByRole("list", { name: "終わった会" });
      await expect(past.getByRole("listitem")).toHaveCount(2);
      // The latest first.
      await expect(past.getByRole("listitem").nth(0)).toContainText(unreviewed.title);
      await expect(past.getByRole("listitem").nth(0)).toContainText("公開されないまま日にちが過ぎました");
      await expect(past.getByRole("listitem").nth(0)).toContainText("日にちを確かめてください。");
      await expect(past.getByRole("listitem").nth(1)).toContainText(ended.title);
      await expect(past.getByRole("listitem").nth(1)).toContainText("終了");
      const coming = page.getByRole("list", { name: "これからの会" }).getByRole("listitem");
      await expect(coming).toHaveCount(1);
      await expect(coming).toContainText(upcoming.title);
      if (javaScriptEnabled) await expectAccessible(page);
      await page.screenshot({ path: `test-results/employer-events-list-${javaScriptEnabled ? "js" : "nojs"}.png`, fullPage: true });

      for (const [event, state] of [
        [ended, "終了"],
        [unreviewed, "公開されないまま日にちが過ぎました"],
      ] as const) {
        await past.getByRole("link", { name: event.title }).click();
        await expect(page).toHaveURL(new RegExp(`/employer/events/${event.id}$`));
        await expect(page.getByText(`状態: ${state}`)).toBeVisible();
        await expect(page.getByText("この会の日にちは過ぎました。内容を直したり、取り下げたりはできません。")).toBeVisible();
        await expect(page.getByRole("button", { name: EDIT_BUTTON })).toHaveCount(0);
        await expect(page.getByRole("button", { name: WITHDRAW_BUTTON })).toHaveCount(0);
        const before = await db.selectFrom("events").selectAll().where("id", "=", event.id).executeTakeFirstOrThrow();
        const edit = await page.request.post(`/employer/events/${event.id}`, {
          form: { kind: "company_seminar", title: "直せないはず", day: addMonths(tokyoDay(), 1), start_time: "10:00", end_time: "11:00", venue: "本社", address: "熊本市" },
        });
        expect(edit.ok()).toBe(true);
        await page.request.post(`/employer/events/${event.id}`, { form: { intent: "withdraw", confirm: "yes" } });
        expect(await db.selectFrom("events").selectAll().where("id", "=", event.id).executeTakeFirstOrThrow()).toEqual(before);
        expect(await auditOf(db, "event", event.id)).toEqual([]);
        await page.getByRole("link", { name: "セミナー・見学会の一覧へ戻る" }).click();
      }
    });
  });
}

import type { Page } from "@playwright/test";
import { createRegistration } from "../../app/models/registrations.server";
import { addDays, tokyoDay } from "../../app/utils/dates";
import { makeEmployerAccount, makeEvent, tokyoDateTime } from "../factories";
import { auditOf, expect, openPage, test, uniqueEmail } from "./fixtures";
import { submitExpecting400 } from "./submit";

// Staff run a fair through its life on their screens, once with JavaScript and once without:
// an employer added to it, its time moved, then cancelled; each change mails the employers
// taking part and the people registered, through the outbox. A past event is a record:
// marked 終了, never cancelled; one is created only with a reason.

const SITE = "【熊本市 協力雇用主 求人サイト】";

/** Saves and waits for the answer: the first save of a run also warms the reading analyser. */
async function save(page: Page, label: string, done: string) {
  // The same notice may be on the page from the save before: wait for this save's answer.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST", { timeout: 20_000 }),
    page.getByRole("button", { name: label, exact: true }).click(),
  ]);
  await expect(page.getByRole("status")).toContainText(done);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`staff and events, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("add an employer to a fair, move its time, cancel it: the outbox holds each mail", async ({ page, db, signInAsStaff }) => {
      test.setTimeout(60_000);
      const first = await makeEmployerAccount(db);
      const added = await makeEmployerAccount(db);
      const title = `企業説明会・個別面談会 ${uniqueEmail("fair").split("@")[0]}`;
      const fair = await makeEvent(db, { title, participantEmployerIds: [first.employer.id] });
      const personMail = uniqueEmail("person");
      await createRegistration(db, { ...fair, waiting_list: 0 }, {
        nickname: "くまさん",
        contactKind: "email",
        contact: personMail,
        onBehalfOrganisation: "",
        onBehalfPhone: "",
        choices: [],
      });
      const everyone = [first.user.email, added.user.email, personMail];
      const mails = async () =>
        db
          .selectFrom("outbox")
          .select(["to_address", "subject", "body"])
          .where("to_address", "in", everyone)
          .orderBy("id")
          .execute();
      await signInAsStaff();

      // 1. An employer added to the published fair is told, and only that one.
      await openPage(page, `/staff/events/${fair.id}`, javaScriptEnabled);
      await page.getByLabel(added.employer.name).check();
      await save(page, "保存する", "保存しました");
      let sent = await mails();
      expect(sent.map((m) => [m.to_address, m.subject])).toEqual([[added.user.email, `${SITE}説明会に参加する会社として登録しました（${title}）`]]);
      expect(sent[0].body).toContain(`${added.employer.name} ${added.employer.contact_name} 様`);
      expect(sent[0].body).toContain(`「${title}」に、参加する会社として登録しました。`);
      expect(sent[0].body).toContain("13:30〜16:00");
      expect(sent[0].body).toContain(`/employer/events/${fair.id}`);

      // 2. A new time: both employers and the registered person, with the new time.
      await page.getByLabel("始まる時刻").fill("10:00");
      await page.getByLabel("終わる時刻").fill("12:00");
      await save(page, "保存する", "保存しました");
      sent = (await mails()).slice(1);
      const changed = `${SITE}日時か会場が変わりました（${title}）`;
      expect(sent.map((m) => [m.to_address, m.subject])).toEqual(everyone.map((to) => [to, changed]));
      for (const m of sent) expect(m.body).toContain("10:00〜12:00");
      expect(sent[0].body).toContain(`${first.employer.name} ${first.employer.contact_name} 様`);
      expect(sent[2].body).toContain(`/events/${fair.id}`);
      expect(sent[2].body).toContain("申し込んだときのメールにあるリンク");
      expect(sent[2].body).not.toContain("様");
      const moved = await db.selectFrom("events").select(["starts_at", "sequence"]).where("id", "=", fair.id).executeTakeFirstOrThrow();
      expect(moved).toEqual({ starts_at: tokyoDateTime(tokyoDay(fair.starts_at), "10:00"), sequence: 1 });

      // 3. Cancelled: everyone again, with the reason.
      await page.locator("summary", { hasText: "中止にする" }).click();
      const cancelForm = page.getByRole("form", { name: "中止にする" });
      await cancelForm.getByLabel("中止の理由").fill("台風が近づいているため");
      await cancelForm.getByRole("button", { name: "中止にする" }).click();
      await expect(page.getByRole("status")).toContainText("中止にしました", { timeout: 20_000 });
      sent = (await mails()).slice(4);
      expect(sent.map((m) => [m.to_address, m.subject])).toEqual(everyone.map((to) => [to, `${SITE}中止になりました（${title}）`]));
      for (const m of sent) expect(m.body).toContain("理由: 台風が近づいているため");
      expect(sent[2].body).toContain("申し込みを取り消す手続きは、いりません。");
      expect(await db.selectFrom("events").select(["status", "status_reason"]).where("id", "=", fair.id).executeTakeFirstOrThrow()).toEqual({
        status: "cancelled",
        status_reason: "台風が近づいているため",
      });
      expect((await auditOf(db, "event", fair.id)).map((a) => a.action)).toEqual(["event.update", "event.update", "event.cancel"]);
    });

    test("a past event is marked 終了, offers no cancel, and a posted cancel changes nothing", async ({ page, db, signInAsStaff, baseURL }) => {
      const day = addDays(tokyoDay(), -3);
      const title = `終わった説明会 ${uniqueEmail("past").split("@")[0]}`;
      const past = await makeEvent(db, { title, starts_at: tokyoDateTime(day, "13:30"), ends_at: tokyoDateTime(day, "16:00") });

      await openPage(page, `/events/${past.id}`, javaScriptEnabled);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`終了${title}`);
      await expect(page.getByText("この催しは終わりました。")).toBeVisible();
      await openPage(page, "/events?view=past", javaScriptEnabled);
      await expect(page.locator("article", { hasText: title }).getByText("終了", { exact: true })).toBeVisible();

      await signInAsStaff();
      await openPage(page, "/staff/events", javaScriptEnabled);
      await expect(page.getByRole("row", { name: title })).toContainText("終了");
      await openPage(page, `/staff/events/${past.id}`, javaScriptEnabled);
      await expect(page.locator("main span.status")).toHaveText("終了");
      await expect(page.getByText("中止にする")).toHaveCount(0);

      const before = await db.selectFrom("events").selectAll().where("id", "=", past.id).executeTakeFirstOrThrow();
      const response = await page.request.post(`/staff/events/${past.id}`, {
        form: { intent: "cancel", reason: "あとから中止にしたい" },
        headers: { Origin: baseURL! },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(409);
      expect(await response.text()).toContain("この催しはもう終わっているので、中止にできません。");
      expect(await db.selectFrom("events").selectAll().where("id", "=", past.id).executeTakeFirstOrThrow()).toEqual(before);
      expect(await auditOf(db, "event", past.id)).toEqual([]);
    });

    test("an event in the past is created only with a reason, kept in the audit log", async ({ page, db, signInAsStaff }) => {
      const staff = await signInAsStaff();
      const day = addDays(tokyoDay(), -7);
      const title = `記録する説明会 ${uniqueEmail("record").split("@")[0]}`;
      await openPage(page, "/staff/events/new", javaScriptEnabled);
      await page.getByLabel("種類").selectOption("company_fair");
      await page.getByLabel("名前").fill(title);
      await page.getByLabel("日付").fill(day);
      await page.getByLabel("始まる時刻").fill("13:30");
      await page.getByLabel("終わる時刻").fill("16:00");
      await page.getByLabel("会場", { exact: true }).fill("熊本市国際交流会館");
      await page.getByLabel("会場の住所").fill("熊本市中央区花畑町4番8号");

      await submitExpecting400(page, "下書きとして保存する", javaScriptEnabled);
      await expect(page.locator("#field-pastReason-error")).toHaveText("終わった催しを記録として作るときは、理由を書いてください");
      await expect(page.locator("#field-day-error")).toHaveText("この日時はもう過ぎています。日付を確かめてください。");
      await expect(page.getByLabel("名前")).toHaveValue(title);
      await expect(page.getByLabel("日付")).toHaveValue(day);
      await expect(page.getByLabel("会場の住所")).toHaveValue("熊本市中央区花畑町4番8号");
      expect(await db.selectFrom("events").select("id").where("title", "=", title).execute()).toEqual([]);

      await page.getByLabel("終わった催しを記録する理由").fill("紙の記録から入力するため");
      await save(page, "下書きとして保存する", "下書きとして保存しました");
      const row = await db.selectFrom("events").selectAll().where("title", "=", title).executeTakeFirstOrThrow();
      expect([row.status, row.past_reason, row.starts_at]).toEqual(["draft", "紙の記録から入力するため", tokyoDateTime(day, "13:30")]);
      expect(await auditOf(db, "event", row.id)).toEqual([{ action: "event.create_past", actor_user_id: staff.id, actor_email: staff.email }]);
    });
  });
}

test("the seekers' schedule and feed leave out the seminars for employers, which have their own page section and feed", async ({ page, db }) => {
  const tag = uniqueEmail("aud").split("@")[0];
  const fair = await makeEvent(db, { title: `企業説明会・個別面談会 ${tag}` });
  const seminar = await makeEvent(db, { kind: "employer_seminar", title: `協力雇用主制度セミナー ${tag}` });

  await page.goto("/events");
  await expect(page.getByRole("link", { name: fair.title })).toBeVisible();
  await expect(page.getByText(seminar.title)).toHaveCount(0);
  await expect(page.getByLabel("種類").locator("option", { hasText: "協力雇用主制度セミナー" })).toHaveCount(0);
  await page.locator(".event-for-employers").getByRole("link", { name: "事業主の方へ" }).click();
  await expect(page).toHaveURL(/\/for-employers#events$/);
  const section = page.getByRole("region", { name: "事業主の方のためのセミナー" });
  await expect(section.getByRole("link", { name: seminar.title })).toBeVisible();
  await expect(section.getByText(fair.title)).toHaveCount(0);
  await section.getByRole("link", { name: seminar.title }).click();
  await expect(page.getByRole("link", { name: "事業主の方のためのセミナーの一覧へ" })).toBeVisible();

  const seekerFeed = await (await page.request.get("/events.ics")).text();
  expect(seekerFeed).toContain(`UID:event-${fair.id}@`);
  expect(seekerFeed).not.toContain(`UID:event-${seminar.id}@`);
  const employerFeed = await page.request.get("/for-employers/events.ics");
  expect(employerFeed.headers()["content-type"]).toMatch(/^text\/calendar/);
  const text = await employerFeed.text();
  expect(text).toContain(`UID:event-${seminar.id}@`);
  expect(text).not.toContain(`UID:event-${fair.id}@`);
});

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { makeEmployer, makeEvent } from "../factories";
import { auditOf, expect, openPage, test } from "./fixtures";
import { uniqueWord } from "./seeker-data";
import { submitExpecting400 } from "./submit";

// Registration for a fair: a person ranks three employers and gets a code; a support worker
// registers someone else; past capacity a person waits; a cancel (asked first) moves the
// waiting person up, with a mail; the private link shows and changes a registration.

async function fairWithEmployers(db: Kysely<Database>, word: string, capacity = 2) {
  const employers = [];
  for (const name of ["あおば建設", "いずみ運送", "うらら食品", "えがお介護"]) {
    employers.push(await makeEmployer(db, { name: `${name} ${word}` }));
  }
  const event = await makeEvent(db, {
    title: `企業説明会・個別面談会 ${word}`,
    registration_mode: "interviews",
    max_choices: 3,
    capacity,
    waiting_list: 1,
    participantEmployerIds: employers.map((e) => e.id),
  });
  return { event, employers };
}

async function rowsOf(db: Kysely<Database>, eventId: number) {
  return db.selectFrom("event_registrations").selectAll().where("event_id", "=", eventId).orderBy("id").execute();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("register with three employers, a support worker registers another, the third waits, a cancel moves them up", async ({ page, db }) => {
      test.setTimeout(120_000);
      const word = uniqueWord();
      const { event, employers } = await fairWithEmployers(db, word);

      await openPage(page, `/events/${event.id}`, javaScriptEnabled);
      await expect(page.getByText("残りの席: 2人")).toBeVisible();
      await page.getByRole("link", { name: "申し込む", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("申し込み");
      if (javaScriptEnabled) await openPage(page, `/events/${event.id}/register`, true);

      // Nothing filled in: the fields say why, nothing is saved.
      await submitExpecting400(page, "申し込む", javaScriptEnabled);
      await expect(page.locator("#field-nickname-error")).toHaveText("ニックネーム（イニシャルでもかまいません）を入力してください");
      expect(await rowsOf(db, event.id)).toEqual([]);

      await page.getByLabel("ニックネーム（イニシャルでもかまいません）").fill(`たろう${word}`);
      await page.getByLabel("電話", { exact: true }).check();
      await page.getByLabel("電話番号またはメールアドレス").fill("090-1111-2222");
      await page.getByLabel("第1希望").selectOption(String(employers[2]!.id));
      await page.getByLabel("第2希望").selectOption(String(employers[0]!.id));
      await page.getByLabel("第3希望").selectOption(String(employers[3]!.id));
      await page.getByRole("button", { name: "申し込む", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("申し込みを受け付けました");
      const codeA = (await page.getByTestId("registration-code").textContent())!;
      expect(codeA).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      await expect(page.getByRole("link", { name: new RegExp(`/registrations/${codeA}$`) })).toBeVisible();
      await expect(page.getByText(`第1希望: ${employers[2]!.name}`)).toBeVisible();
      let rows = await rowsOf(db, event.id);
      expect(rows.map((r) => [r.nickname, r.contact_kind, r.contact, r.status])).toEqual([[`たろう${word}`, "phone", "090-1111-2222", "registered"]]);
      const choices = await db.selectFrom("registration_choices").select(["employer_id", "rank"]).where("registration_id", "=", rows[0]!.id).orderBy("rank").execute();
      expect(choices).toEqual([
        { employer_id: employers[2]!.id, rank: 1 },
        { employer_id: employers[0]!.id, rank: 2 },
        { employer_id: employers[3]!.id, rank: 3 },
      ]);

      // A support worker registers someone on their behalf.
      await openPage(page, `/events/${event.id}/register`, javaScriptEnabled);
      await page.getByLabel("ニックネーム（イニシャルでもかまいません）").fill("K.T");
      await page.getByLabel("電話", { exact: true }).check();
      await page.getByLabel("電話番号またはメールアドレス").fill("096-222-3333");
      await page.getByLabel("第1希望").selectOption(String(employers[1]!.id));
      await page.getByText("支援者が本人の代わりに申し込むとき").click();
      await page.getByLabel("支援者の所属").fill("熊本保護観察所");
      await page.getByLabel("支援者の電話番号").fill("096-000-1234");
      await page.getByRole("button", { name: "申し込む", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("申し込みを受け付けました");
      await expect(page.getByText("熊本保護観察所（096-000-1234）")).toBeVisible();

      // Full now: the third person joins the waiting list.
      await openPage(page, `/events/${event.id}`, javaScriptEnabled);
      await expect(page.getByText("残りの席: 0人")).toBeVisible();
      await openPage(page, `/events/${event.id}/register`, javaScriptEnabled);
      await page.getByLabel("ニックネーム（イニシャルでもかまいません）").fill(`はなこ${word}`);
      await page.getByLabel("メール", { exact: true }).check();
      const mail = `hanako-${word}@example.jp`.toLowerCase();
      await page.getByLabel("電話番号またはメールアドレス").fill(mail);
      await page.getByLabel("第1希望").selectOption(String(employers[0]!.id));
      await page.getByRole("button", { name: "キャンセル待ちで申し込む" }).click();
      await expect(page.getByTestId("registration-status")).toHaveText("キャンセル待ち");
      await expect(page.getByText("（1番目）")).toBeVisible();
      const codeC = (await page.getByTestId("registration-code").textContent())!;
      rows = await rowsOf(db, event.id);
      expect(rows.map((r) => [r.nickname, r.on_behalf_organisation, r.status])).toEqual([
        [`たろう${word}`, "", "registered"],
        ["K.T", "熊本保護観察所", "registered"],
        [`はなこ${word}`, "", "waiting"],
      ]);
      // The code is nowhere in the database, only its hash.
      expect(JSON.stringify(rows)).not.toContain(codeC.replace(/-/g, ""));

      // The first person cancels through the private link; the page asks first.
      await openPage(page, `/registrations/${codeA}`, javaScriptEnabled);
      await page.getByRole("link", { name: "申し込みを取り消す" }).click();
      await expect(page.getByText("申し込みを取り消しますか？")).toBeVisible();
      expect((await rowsOf(db, event.id))[0]!.status).toBe("registered");
      await page.getByRole("button", { name: "はい、取り消します" }).click();
      await expect(page.getByText("申し込みを取り消しました。")).toBeVisible();
      await expect(page.getByTestId("registration-status")).toHaveText("取り消し済み");
      await expect(page.getByRole("link", { name: "申し込みを取り消す" })).toHaveCount(0);

      rows = await rowsOf(db, event.id);
      expect(rows.map((r) => r.status)).toEqual(["cancelled", "registered", "registered"]);
      expect(rows[2]!.moved_up_at).not.toBeNull();
      const mails = await db.selectFrom("outbox").select(["subject", "body"]).where("to_address", "=", mail).orderBy("id").execute();
      expect(mails.map((m) => m.subject)).toEqual([
        `【熊本市 協力雇用主 求人サイト】キャンセル待ちで受け付けました（${event.title}）`,
        `【熊本市 協力雇用主 求人サイト】キャンセル待ちから繰り上がりました（${event.title}）`,
      ]);
      expect(mails[0]!.body).toContain(`/registrations/${codeC}`);

      // The moved-up person sees it on their link and changes their nickname.
      await openPage(page, `/registrations/${codeC}`, javaScriptEnabled);
      await expect(page.getByTestId("registration-status")).toHaveText("申し込み済み");
      await page.getByText("申し込みの内容を変える").click();
      await page.getByLabel("ニックネーム（イニシャルでもかまいません）").fill(`はな${word}`);
      await page.getByLabel("第2希望").selectOption(String(employers[1]!.id));
      await page.getByRole("button", { name: "内容を変える" }).click();
      await expect(page.getByText("申し込みの内容を変えました。")).toBeVisible();
      await expect(page.getByText(`第2希望: ${employers[1]!.name}`)).toBeVisible();
      const changed = (await rowsOf(db, event.id))[2]!;
      expect([changed.nickname, changed.status]).toEqual([`はな${word}`, "registered"]);
    });
  });
}

test("the register form at 360 px", async ({ page, db }) => {
  const word = uniqueWord();
  const { event } = await fairWithEmployers(db, word);
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto(`/events/${event.id}/register`);
  await page.getByText("支援者が本人の代わりに申し込むとき").click();
  // The field only robots fill in is out of sight.
  expect((await page.getByText("この欄には何も書かないでください").boundingBox())!.x).toBeLessThan(0);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
  await page.screenshot({ path: "test-results/registration-form-360.png", fullPage: true });
});

test("the calendar file of a registration, and what strangers get: 404 for a foreign code, no list for anyone but staff", async ({ page, request, db, signInAsEmployer, signInAsStaff }) => {
  const word = uniqueWord();
  const { event } = await fairWithEmployers(db, word);
  const other = await makeEvent(db, { title: `申し込みのない説明会 ${word}`, registration_mode: "none" });
  await page.goto(`/events/${event.id}/register`);
  await page.getByLabel("ニックネーム（イニシャルでもかまいません）").fill(`じろう${word}`);
  await page.getByLabel("電話", { exact: true }).check();
  await page.getByLabel("電話番号またはメールアドレス").fill("090-3333-4444");
  await page.getByLabel("第1希望").selectOption({ index: 1 });
  await page.getByRole("button", { name: "申し込む", exact: true }).click();
  const code = (await page.getByTestId("registration-code").textContent())!;

  const ics = await request.get(`/registrations/${code}.ics`);
  expect(ics.status()).toBe(200);
  const text = await ics.text();
  expect(text).toContain("BEGIN:VEVENT");
  expect(text).toContain(`SUMMARY:${event.title}`);
  expect(text).not.toContain("（企業説明会・個別面談会）");

  for (const path of ["/registrations/AAAA-BBBB-CCCC", "/registrations/AAAA-BBBB-CCCC.ics", `/events/${other.id}/register`, "/registrations/x"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const foreignPost = await request.post("/registrations/AAAA-BBBB-CCCC", { form: { intent: "cancel", confirm: "yes" } });
  expect(foreignPost.status()).toBe(404);

  // Anonymous: sent to sign in; an employer: refused. Neither sees a nickname.
  const anonymous = await request.get(`/staff/events/${event.id}/registrations`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(302);
  await signInAsEmployer();
  const asEmployer = await page.request.get(`/staff/events/${event.id}/registrations`);
  expect(asEmployer.status()).toBe(403);
  expect(await asEmployer.text()).not.toContain(`じろう${word}`);

  // Staff see the list; the view is in the audit log.
  const staff = await signInAsStaff();
  await page.goto(`/staff/events/${event.id}`);
  await page.getByRole("link", { name: "申し込みの一覧を見る" }).click();
  await expect(page.getByRole("cell", { name: `じろう${word}` })).toBeVisible();
  await expect(page.getByRole("cell", { name: "電話: 090-3333-4444" })).toBeVisible();
  const audit = await auditOf(db, "event", event.id);
  expect(audit.filter((a) => a.action === "event.registrations_view" && a.actor_email === staff.email)).toHaveLength(1);
});

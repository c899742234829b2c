import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { createRegistration } from "../../app/models/registrations.server";
import { nowMs as clockNowMs } from "../../app/utils/clock";
import { currentFiscalYear } from "../../app/utils/fiscal";
import { makeEmployerAccount, makeEvent } from "../factories";
import { auditOf, expect, expectAccessible, test, uniqueEmail } from "./fixtures";
import { submitExpecting400 } from "./submit";

/** A fair with interviews, three taking-part employers and four people who chose them. */
async function makeFair(db: Kysely<Database>, when: { starts_at?: string; ends_at?: string } = {}) {
  const tag = randomUUID().slice(0, 6);
  const employers = [];
  for (const name of ["あおば建設", "みどり介護", "ひかり運送"]) {
    const { employer, user } = await makeEmployerAccount(db, {
      email: uniqueEmail("fair"),
      employer: { name: `${name}${tag}`, status: "approved" },
    });
    employers.push({ ...employer, email: user.email, userId: user.id });
  }
  const event = await makeEvent(db, {
    title: `面談会 ${tag}`,
    registration_mode: "interviews",
    max_choices: 3,
    capacity: 20,
    participantEmployerIds: employers.map((e) => e.id),
    ...when,
  });
  const [a, b, c] = employers.map((e) => e.id);
  const people = [];
  for (const [nickname, choices, contact] of [
    [`さくら${tag}`, [a, b, c], `sakura-${tag}@example.jp`],
    [`たろう${tag}`, [a, c], `taro-${tag}@example.jp`],
    [`はな${tag}`, [b], ""],
    [`けん${tag}`, [a], ""],
  ] as const) {
    const made = await createRegistration(db, event, {
      nickname,
      contactKind: contact ? "email" : "phone",
      contact: contact || "090-0000-0000",
      onBehalfOrganisation: "",
      onBehalfPhone: "",
      choices: [...choices],
    });
    people.push({ nickname, ...made! });
  }
  return { event, employers, people, tag };
}

async function interviewsOf(db: Kysely<Database>, eventId: number) {
  return db
    .selectFrom("interviews")
    .select(["id", "registration_id", "employer_id", "slot", "table_no", "held", "outcome"])
    .where("event_id", "=", eventId)
    .orderBy("slot")
    .orderBy("table_no")
    .execute();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("staff set the times, build the timetable, a clash is refused, a swap is kept, and publishing mails everyone; the person and the employer see their times", async ({ page, db, signInAsStaff, signInAs }) => {
      test.setTimeout(120_000);
      const staff = await signInAsStaff();
      const { event, employers, people, tag } = await makeFair(db);
      // One more person who asks for the second employer only: with はな, two people whose only
      // interviews share a table, so a swap of the two is always possible, however the
      // timetable falls.
      const miki = await createRegistration(db, event, {
        nickname: `みき${tag}`,
        contactKind: "phone",
        contact: "090-0000-0000",
        onBehalfOrganisation: "",
        onBehalfPhone: "",
        choices: [employers[1].id],
      });
      people.push({ nickname: `みき${tag}` as (typeof people)[number]["nickname"], ...miki! });
      await page.goto(`/staff/events/${event.id}`);
      await page.getByRole("link", { name: "面談表" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`面談表：${event.title}`);

      // A bad break is explained, the typed values stay, nothing is saved.
      await page.getByLabel("面談の始まり").fill("13:00");
      await page.getByLabel("面談の終わり").fill("14:20");
      await page.getByLabel("1回の面談の長さ（分）").fill("20");
      await page.getByLabel("テーブルの数").fill("3");
      await page.getByLabel("休憩").fill("お昼");
      await submitExpecting400(page, "保存する", javaScriptEnabled);
      await expect(page.locator("#field-breaks-error")).toHaveText("休憩は 12:00-12:45 の形で、1行に一つずつ書いてください");
      await expect(page.getByLabel("休憩")).toHaveValue("お昼");
      expect(await db.selectFrom("event_timetables").selectAll().where("event_id", "=", event.id).execute()).toEqual([]);

      await page.getByLabel("休憩").fill("13:40-14:00");
      await page.getByRole("button", { name: "保存する" }).click();
      await expect(page.getByRole("status")).toHaveText("面談の時間とテーブルの数を保存しました。面談表を作ってください。");
      await page.getByRole("button", { name: "面談表を作る" }).click();
      await expect(page.getByRole("status")).toHaveText("面談表を作りました。");

      // 13:00, 13:20 and 14:00 (the break takes 13:40-14:00): every choice fits.
      const grid = page.getByRole("table");
      await expect(grid.getByRole("rowheader")).toHaveText(["13:00〜13:20", "13:20〜13:40", "14:00〜14:20"]);
      const built = await interviewsOf(db, event.id);
      expect(built).toHaveLength(8);
      await expect(page.getByText("面談 8 件・希望どおりにならなかった希望 0 件")).toBeVisible();
      // Each employer keeps its own table all day.
      const tableOf = employers.map((e) => [...new Set(built.filter((r) => r.employer_id === e.id).map((r) => r.table_no))]);
      expect(tableOf.map((t) => t.length)).toEqual([1, 1, 1]);
      expect(tableOf.flat().sort()).toEqual([1, 2, 3]);

      // Moving さくら's first interview onto her second one's time is refused, and said why.
      const sakura = people[0];
      const [first, second] = built.filter((r) => r.registration_id === sakura.id);
      await page.getByLabel("動かす面談").selectOption(String(first.id));
      await page.getByLabel("新しい時間").selectOption(String(second.slot));
      await page.getByLabel("新しいテーブル").selectOption(String(first.table_no));
      await submitExpecting400(page, "動かす", javaScriptEnabled);
      await expect(page.locator("#field-slot-error")).toContainText("同じ人が同じ時間に二つの面談に入っています。");
      expect(await interviewsOf(db, event.id)).toEqual(built);

      // Two interviews at one table whose people are free at each other's time swap well.
      const freeAt = (person: number | null, slot: number) => !built.some((r) => r.registration_id === person && r.slot === slot);
      const pair = built
        .flatMap((x) => built.map((y) => [x, y] as const))
        .find(([x, y]) => x.id < y.id && x.table_no === y.table_no && x.registration_id !== y.registration_id && freeAt(x.registration_id, y.slot) && freeAt(y.registration_id, x.slot))!;
      const atTableOne = [...pair];
      await page.getByLabel("一つ目の面談").selectOption(String(atTableOne[0].id));
      await page.getByLabel("二つ目の面談").selectOption(String(atTableOne[1].id));
      await page.getByRole("button", { name: "入れかえる" }).click();
      await expect(page.getByRole("status")).toHaveText("二つの面談を入れかえました。");
      const swapped = await interviewsOf(db, event.id);
      expect(swapped.find((r) => r.id === atTableOne[0].id)!.slot).toBe(atTableOne[1].slot);
      expect(swapped.find((r) => r.id === atTableOne[1].id)!.slot).toBe(atTableOne[0].slot);
      if (javaScriptEnabled) await expectAccessible(page);

      const outboxBefore = await db.selectFrom("outbox").select("id").orderBy("id", "desc").executeTakeFirst();
      await page.getByRole("button", { name: "面談表を公開する" }).click();
      await expect(page.getByRole("status")).toHaveText("面談表を公開しました。参加する人と事業主にメールで知らせました。");
      await expect(page.getByRole("heading", { name: "面談表（公開中）" })).toBeVisible();
      const mails = await db
        .selectFrom("outbox")
        .select(["to_address", "subject", "body"])
        .where("id", ">", outboxBefore?.id ?? 0)
        .orderBy("id")
        .execute();
      // Two people gave an email address; three employers have one account each.
      expect(mails.map((m) => m.to_address).sort()).toEqual(
        [`sakura-${tag}@example.jp`, `taro-${tag}@example.jp`, ...employers.map((e) => e.email)].sort(),
      );
      const toSakura = mails.find((m) => m.to_address.startsWith("sakura-"))!;
      expect(toSakura.subject).toBe(`面談の時間が決まりました（${event.title}）`);
      expect(toSakura.body).toContain(employers[2].name);
      const toEmployer = mails.find((m) => m.to_address === employers[0].email)!;
      expect(toEmployer.body).toContain(`${sakura.nickname} さん`);
      expect(toEmployer.body).not.toContain("sakura-");

      expect((await auditOf(db, "event", event.id)).map((a) => [a.action, a.actor_user_id])).toEqual([
        ["timetable.settings", staff.id],
        ["timetable.build", staff.id],
        ["timetable.swap", staff.id],
        ["timetable.publish", staff.id],
      ]);

      // Published: the times can no longer be changed from the form.
      await expect(page.getByRole("button", { name: "保存する" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "面談表を作り直す" })).toHaveCount(0);

      // さくら's private link shows her three times, and her calendar file has them.
      const final = await interviewsOf(db, event.id);
      const slotTexts = ["13:00〜13:20", "13:20〜13:40", "14:00〜14:20"];
      await page.context().clearCookies();
      await page.goto(`/registrations/${sakura.code}`);
      const times = page.getByRole("region", { name: "面談の時間" });
      const hers = final.filter((r) => r.registration_id === sakura.id);
      await expect(times.getByRole("row")).toHaveCount(1 + hers.length);
      for (const [i, r] of hers.entries()) {
        const employer = employers.find((e) => e.id === r.employer_id)!;
        await expect(times.getByRole("row").nth(i + 1).getByRole("cell")).toHaveText([slotTexts[r.slot], String(r.table_no), employer.name]);
      }
      const ics = await (await page.request.get(`/registrations/${sakura.code}.ics`)).text();
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1 + hers.length);
      expect(ics).toContain(`面談 ${employers[0].name}`);

      // The first employer sees its own interviews by nickname, and nobody's contact.
      await signInAs(employers[0].userId);
      await page.goto(`/employer/events/${event.id}`);
      const own = page.getByRole("region", { name: "面談の予定" });
      const withFirst = final.filter((r) => r.employer_id === employers[0].id);
      await expect(own.getByRole("row")).toHaveCount(1 + withFirst.length);
      for (const [i, r] of withFirst.entries()) {
        const person = people.find((p) => p.id === r.registration_id)!;
        await expect(own.getByRole("row").nth(i + 1).getByRole("cell")).toHaveText([slotTexts[r.slot], String(r.table_no), `${person.nickname} さん`]);
      }
      await expect(page.locator("main")).not.toContainText(people[2].nickname);
      await expect(page.locator("main")).not.toContainText("@example.jp");
      if (javaScriptEnabled) await expectAccessible(page);
      // Another fair, where this employer does not take part: 404.
      const other = await makeFair(db);
      expect((await page.request.get(`/employer/events/${other.event.id}`)).status()).toBe(404);
    });

    test("the fair-day desk finds people by nickname or code, marks arrivals and outcomes, and /staff/stats counts them", async ({ page, db, signInAsStaff }) => {
      test.setTimeout(120_000);
      const staff = await signInAsStaff();
      // A fair that ended earlier today (or just after the fiscal year began), so it counts.
      const now = clockNowMs();
      const yearStart = Date.parse(`${currentFiscalYear(new Date(now))}-04-01T00:00:00+09:00`);
      const starts = Math.max(yearStart, now - 3 * 3_600_000);
      const fair = await makeFair(db, {
        starts_at: new Date(starts).toISOString(),
        ends_at: new Date(Math.min(starts + 7_200_000, now - 60_000)).toISOString(),
      });
      const { event, people, employers } = fair;
      // Typed totals that the records must replace.
      await db.updateTable("events").set({ attendance_seekers: 99, attendance_employers: 99, interviews_held: 99 }).where("id", "=", event.id).execute();
      await db
        .insertInto("event_timetables")
        .values({ event_id: event.id, start_minute: 780, end_minute: 840, slot_minutes: 20, table_count: 3, built_at: new Date(now).toISOString(), published_at: new Date(now).toISOString(), updated_at: new Date(now).toISOString() })
        .execute();
      await db
        .insertInto("interviews")
        .values([
          { event_id: event.id, registration_id: people[0].id, employer_id: employers[0].id, slot: 0, table_no: 1, rank: 1, updated_at: new Date(now).toISOString() },
          { event_id: event.id, registration_id: people[1].id, employer_id: employers[0].id, slot: 1, table_no: 1, rank: 1, updated_at: new Date(now).toISOString() },
        ])
        .execute();

      await page.goto(`/staff/events/${event.id}`);
      await page.getByRole("link", { name: "当日の受付" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`当日の受付：${event.title}`);

      // By nickname (part of it, in hiragana).
      await page.getByLabel("ニックネームか番号でさがす").fill(people[0].nickname.slice(0, 3));
      await page.getByRole("button", { name: "さがす" }).click();
      const sakura = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(people[0].nickname) }) });
      await expect(sakura).toHaveCount(1);
      await sakura.getByRole("button", { name: "来た", exact: true }).click();
      await expect(page.getByRole("status")).toHaveText("記録しました。");
      await expect(sakura.getByRole("heading")).toContainText("来た");
      await sakura.getByRole("form", { name: `${employers[0].name}との面談` }).getByRole("button", { name: "内定" }).click();
      await expect(sakura.getByRole("form", { name: `${employers[0].name}との面談` })).toContainText("内定");

      // By the code on the person's paper, typed in lower case without hyphens.
      await page.getByLabel("ニックネームか番号でさがす").fill(people[1].code.replaceAll("-", "").toLowerCase());
      await page.getByRole("button", { name: "さがす" }).click();
      const taro = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(people[1].nickname) }) });
      await expect(taro).toHaveCount(1);
      await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) })).toHaveCount(1);
      await taro.getByRole("button", { name: "来なかった" }).click();
      await expect(taro.getByRole("heading")).toContainText("来なかった");
      await page.setViewportSize({ width: 800, height: 1100 });
      await page.screenshot({ path: `test-results/checkin-${javaScriptEnabled ? "js" : "nojs"}.png`, fullPage: true });
      if (javaScriptEnabled) await expectAccessible(page);

      const checkins = await db.selectFrom("event_checkins").select(["registration_id", "state"]).where("event_id", "=", event.id).orderBy("registration_id").execute();
      expect(checkins).toEqual([
        { registration_id: people[0].id, state: "arrived" },
        { registration_id: people[1].id, state: "no_show" },
      ]);
      const held = await interviewsOf(db, event.id);
      expect(held.map((r) => [r.registration_id, r.held, r.outcome])).toEqual([
        [people[0].id, 1, "offer"],
        [people[1].id, 0, null],
      ]);
      expect((await auditOf(db, "event", event.id)).map((a) => [a.action, a.actor_user_id])).toEqual([
        ["checkin.mark", staff.id],
        ["checkin.interview", staff.id],
        ["checkin.mark", staff.id],
      ]);
      await expect(page.getByRole("definition").first()).toHaveText("4 人");

      // The figures: 1 person came, 1 employer held 1 interview; the typed 99s are not used.
      await page.goto("/staff/stats");
      const row = page.getByRole("row").filter({ hasText: event.title });
      await expect(row.getByRole("cell")).toHaveText(["企業説明会・個別面談会", event.title, "1", "1", "1"]);
      await page.goto(`/staff/stats/attendance?event=${event.id}`);
      await expect(page.getByText("当日の受付の記録から数えています")).toBeVisible();
      await expect(page.getByRole("button", { name: "保存する" })).toHaveCount(0);
    });
  });
}

test("the printed timetables: the whole grid, one sheet per table and one per person", async ({ page, db, signInAsStaff }) => {
  test.setTimeout(120_000);
  await signInAsStaff();
  const { event, people, employers } = await makeFair(db);
  const at = new Date(clockNowMs()).toISOString();
  await db
    .insertInto("event_timetables")
    .values({ event_id: event.id, start_minute: 780, end_minute: 840, slot_minutes: 20, table_count: 3, built_at: at, updated_at: at })
    .execute();
  await db
    .insertInto("interviews")
    .values([
      { event_id: event.id, registration_id: people[0].id, employer_id: employers[0].id, slot: 0, table_no: 1, rank: 1, updated_at: at },
      { event_id: event.id, registration_id: people[0].id, employer_id: employers[1].id, slot: 1, table_no: 2, rank: 2, updated_at: at },
      { event_id: event.id, registration_id: people[2].id, employer_id: employers[1].id, slot: 0, table_no: 2, rank: 1, updated_at: at },
    ])
    .execute();
  await page.goto(`/staff/events/${event.id}/timetable/print?for=people`);
  const sheets = page.locator("section.tt-sheet");
  await expect(sheets).toHaveCount(2);
  await expect(sheets.first().getByRole("heading", { level: 1 })).toHaveText(`${people[0].nickname} さん`);
  await expect(sheets.first().getByRole("row")).toHaveCount(3);
  // Paper carries readings.
  await expect(sheets.first().locator("ruby").first()).toBeVisible();
  await page.screenshot({ path: "test-results/timetable-print-people.png", fullPage: true });
  await page.goto(`/staff/events/${event.id}/timetable/print?for=tables`);
  await expect(page.locator("section.tt-sheet")).toHaveCount(3);
  await expect(page.locator("section.tt-sheet").nth(1)).toContainText(people[2].nickname);
  await page.screenshot({ path: "test-results/timetable-print-tables.png", fullPage: true });
  await page.goto(`/staff/events/${event.id}/timetable/print?for=all`);
  await expect(page.getByRole("rowheader")).toHaveText(["13:00〜13:20", "13:20〜13:40", "13:40〜14:00"]);
  await page.screenshot({ path: "test-results/timetable-print-all.png", fullPage: true });
  expect((await page.request.get(`/staff/events/${event.id}/timetable/print?for=nobody`)).status()).toBe(404);
});

test("an event without interviews has no timetable; employers and strangers cannot open one", async ({ page, db, signInAsStaff, signInAsEmployer }) => {
  const event = await makeEvent(db, { title: "面談のない説明会" });
  const fair = await makeFair(db);
  await signInAsStaff();
  for (const url of [`/staff/events/${event.id}/timetable`, `/staff/events/${event.id}/checkin`, `/staff/events/${event.id}/timetable/print`]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
  await page.context().clearCookies();
  await signInAsEmployer();
  for (const url of [`/staff/events/${fair.event.id}/timetable`, `/staff/events/${fair.event.id}/checkin`]) {
    expect((await page.request.get(url)).status(), url).toBe(403);
  }
  await page.context().clearCookies();
  const anonymous = await page.request.get(`/staff/events/${event.id}/timetable`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(302);
});

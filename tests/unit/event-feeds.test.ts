import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../app/models/events-calendar.server";
import { eventToFormValues, listCalendarEvents, listPublicEvents } from "../../app/models/events.server";
import { nextPublicEvents } from "../../app/models/home.server";
import { createRegistration } from "../../app/models/registrations.server";
import { cancelEvent, updateEvent } from "../../app/models/staff-events.server";
import { eventSchema } from "../../app/schemas/event";
import { makeEmployerAccount, makeEvent, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

// The seekers' schedule and the employers' seminars are two lists and two calendar feeds;
// a change of time, place or participants reaches the people concerned through the outbox.

const ORIGIN = "https://jobs.example.jp";

function vevents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
}

/** The SUMMARY lines of a calendar as written (unfolded), to read the exact text a calendar shows. */
function summaryLines(text: string) {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line.startsWith("SUMMARY"));
}

describe("two audiences, two lists and two feeds", () => {
  it("keeps the 協力雇用主制度セミナー out of the seekers' list, home page and feed, and gives it its own", async () => {
    const { db } = testDb();
    const fair = await makeEvent(db, { title: "企業説明会・個別面談会（第1回）" });
    const course = await makeEvent(db, { kind: "course", title: "介護職員初任者研修" });
    const seminar = await makeEvent(db, { kind: "employer_seminar", title: "協力雇用主制度セミナー（コレワークと共催）" });
    expect(seminar.audience).toBe("employer");

    const seekers = await listPublicEvents(db);
    expect(seekers.upcoming.map((e) => e.id)).toEqual([fair.id, course.id]);
    const employers = await listPublicEvents(db, { audience: "employer" });
    expect(employers.upcoming.map((e) => e.id)).toEqual([seminar.id]);
    expect((await nextPublicEvents(db, 10)).map((e) => e.id)).toEqual([fair.id, course.id]);

    const seekerFeed = buildCalendar(await listCalendarEvents(db), ORIGIN);
    expect(vevents(seekerFeed).map((e) => e.uid)).toEqual([`event-${fair.id}@jobs.example.jp`, `event-${course.id}@jobs.example.jp`]);
    // The title already names the kind: it is not said twice.
    expect(summaryLines(seekerFeed)).toEqual(["SUMMARY:企業説明会・個別面談会（第1回）", "SUMMARY:介護職員初任者研修（講座）"]);

    const employerFeed = buildCalendar(await listCalendarEvents(db, "employer"), ORIGIN, "熊本市 事業主の方のためのセミナー");
    expect(vevents(employerFeed).map((e) => e.uid)).toEqual([`event-${seminar.id}@jobs.example.jp`]);
    expect(summaryLines(employerFeed)).toEqual(["SUMMARY:協力雇用主制度セミナー（コレワークと共催）"]);
    expect(employerFeed).toContain("X-WR-CALNAME:熊本市 事業主の方のためのセミナー");
    expect(employerFeed).toContain(`URL;VALUE=URI:${ORIGIN}/events/${seminar.id}`);
  });

  it("writes a cancelled event with 【中止】 once and a SEQUENCE that has risen", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const seminar = await makeEvent(db, { kind: "employer_seminar", title: "制度の説明会" });
    await cancelEvent(db, { id: staff.id, email: staff.email }, seminar.id, "講師の都合");
    const text = buildCalendar(await listCalendarEvents(db, "employer"), ORIGIN);
    expect(summaryLines(text)).toEqual(["SUMMARY:【中止】制度の説明会（協力雇用主制度セミナー）"]);
    expect(text).toContain("SEQUENCE:1\r\n");
    expect(text).toContain("STATUS:CANCELLED\r\n");
  });
});

describe("mail about a fair", () => {
  it("tells an added employer, then everyone taking part and registered of a new time, then of the cancel", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const actor = { id: staff.id, email: staff.email };
    const first = await makeEmployerAccount(db);
    const added = await makeEmployerAccount(db);
    const fair = await makeEvent(db, { title: "企業説明会・個別面談会（第2回）", participantEmployerIds: [first.employer.id] });
    await createRegistration(db, { ...fair, waiting_list: 0 }, {
      nickname: "たろう",
      contactKind: "email",
      contact: "taro@example.jp",
      onBehalfOrganisation: "",
      onBehalfPhone: "",
      choices: [],
    });
    const values = eventToFormValues({ ...fair, participantIds: [first.employer.id] });
    const outbox = () => db.selectFrom("outbox").select(["to_address", "subject", "body"]).orderBy("id").execute();
    const before = (await outbox()).length;

    await updateEvent(db, actor, fair.id, eventSchema.parse({ ...values, participantIds: [String(first.employer.id), String(added.employer.id)] }));
    let mails = (await outbox()).slice(before);
    expect(mails.map((m) => [m.to_address, m.subject])).toEqual([
      [added.user.email, "【熊本市 協力雇用主 求人サイト】説明会に参加する会社として登録しました（企業説明会・個別面談会（第2回））"],
    ]);
    expect(mails[0].body).toContain(`${added.employer.name} ${added.employer.contact_name} 様`);

    const both = [String(first.employer.id), String(added.employer.id)];
    await updateEvent(db, actor, fair.id, eventSchema.parse({ ...values, participantIds: both, startTime: "10:00", endTime: "12:00" }));
    mails = (await outbox()).slice(before + 1);
    expect(mails.map((m) => [m.to_address, m.subject])).toEqual(
      [first.user.email, added.user.email, "taro@example.jp"].map((to) => [to, "【熊本市 協力雇用主 求人サイト】日時か会場が変わりました（企業説明会・個別面談会（第2回））"]),
    );
    for (const m of mails) expect(m.body).toContain(`10:00〜12:00`);
    expect(mails[0].body).toContain(`/employer/events/${fair.id}`);
    // The person's private link cannot be rebuilt from its hash: the mail says where to find it.
    expect(mails[2].body).toContain(`/events/${fair.id}`);
    expect(mails[2].body).toContain("申し込んだときのメールにあるリンク");
    expect(mails[2].body).toContain("催しの名前とニックネームを伝えてください");
    expect(mails[2].body).not.toContain("/registrations/");

    await cancelEvent(db, actor, fair.id, "台風のため");
    mails = (await outbox()).slice(before + 4);
    expect(mails.map((m) => [m.to_address, m.subject])).toEqual(
      [first.user.email, added.user.email, "taro@example.jp"].map((to) => [to, "【熊本市 協力雇用主 求人サイト】中止になりました（企業説明会・個別面談会（第2回））"]),
    );
    for (const m of mails) expect(m.body).toContain("理由: 台風のため");
    expect(mails[2].body).toContain("申し込みを取り消す手続きは、いりません。");
    expect(mails[0].body).not.toContain("申し込みを取り消す手続き");
  });
});

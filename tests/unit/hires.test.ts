import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { answerFollowUp, listDueFollowUps, listOverdueFollowUps, remindDueFollowUps } from "../../app/models/hire-follow-ups.server";
import { currentMonth, deleteHireReport, listHireReports, saveHireReport } from "../../app/models/hires.server";
import { followUpAnswerSchema } from "../../app/schemas/follow-up";
import { addMonthsToMonth } from "../../app/utils/fiscal";
import { FOLLOW_UP_MONTHS } from "../../app/utils/hire-months";
import { hireReportSchema } from "../../app/schemas/employer";
import { addDays, tokyoDay } from "../../app/utils/dates";
import { makeEmployerAccount, makeJob } from "../factories";
import { testDb } from "../setup/test-db";
import { now as clockNow } from "../../app/utils/clock";

// The code under test and the test both ask the clock for "today"; with the clock stopped
// for each test they cannot see two different days, even a second before midnight in Tokyo.
// Only Date is stopped: timers still run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now());
});
afterEach(() => {
  vi.useRealTimers();
});

async function setup() {
  const { db } = testDb();
  const a = await makeEmployerAccount(db);
  const b = await makeEmployerAccount(db);
  const actor = (x: typeof a) => ({ id: x.user.id, email: x.user.email, employerId: x.employer.id });
  return { db, a, b, actorA: actor(a), actorB: actor(b) };
}

const report = (values: Record<string, string>) => hireReportSchema.parse(values);

describe("hire reports", () => {
  it("reads a form: number of people, optional posting, a note without contact details", () => {
    expect(report({ hires: "２", job_id: "", note: "正社員として" })).toEqual({ id: null, month: currentMonth(), hires: 2, job_id: null, note: "正社員として" });
    expect(hireReportSchema.safeParse({ hires: "1", month: addMonthsToMonth(currentMonth(), -12) }).success).toBe(true);
    expect(hireReportSchema.safeParse({ hires: "1", month: addMonthsToMonth(currentMonth(), -13) }).success).toBe(false);
    expect(hireReportSchema.safeParse({ hires: "1", month: addMonthsToMonth(currentMonth(), 1) }).success).toBe(false);
    expect(hireReportSchema.safeParse({ hires: "0" }).success).toBe(false);
    expect(hireReportSchema.safeParse({ hires: "1", note: "連絡先 090-1234-5678" }).success).toBe(false);
    expect(hireReportSchema.safeParse({ hires: "1", note: "taro@example.jp" }).success).toBe(false);
  });

  it("adds reports for the current month only, tied to the employer's own posting", async () => {
    const { db, a, b, actorA } = await setup();
    const mine = await makeJob(db, { employerId: a.employer.id });
    const theirs = await makeJob(db, { employerId: b.employer.id });
    expect(await saveHireReport(db, actorA, report({ hires: "1", job_id: String(mine.id) }))).toBe("saved");
    expect(await saveHireReport(db, actorA, report({ hires: "1", job_id: String(theirs.id) }))).toBe("bad_job");
    const list = await listHireReports(db, a.employer.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ month: currentMonth(), hires: 1, job_title: mine.title });
    expect(currentMonth()).toBe(tokyoDay().slice(0, 7));
  });

  it("any of the employer's own reports can be corrected and withdrawn, with the audit log; other employers' cannot", async () => {
    const { db, a, actorA, actorB } = await setup();
    const lastMonth = addMonthsToMonth(currentMonth(), -1);
    await saveHireReport(db, actorA, report({ hires: "1", month: lastMonth }));
    const [first] = await listHireReports(db, a.employer.id);
    expect(first.month).toBe(lastMonth);

    expect(await saveHireReport(db, actorA, report({ id: String(first.id), hires: "2", month: currentMonth() }))).toBe("saved");
    expect(await saveHireReport(db, actorB, report({ id: String(first.id), hires: "9" }))).toBe("not_found");
    expect(await deleteHireReport(db, actorB, first.id)).toBe(false);
    expect((await listHireReports(db, a.employer.id)).map((r) => [r.month, r.hires])).toEqual([[currentMonth(), 2]]);

    expect(await deleteHireReport(db, actorA, first.id)).toBe(true);
    expect(await listHireReports(db, a.employer.id)).toHaveLength(0);
    expect(await db.selectFrom("hire_follow_ups").select("id").execute()).toHaveLength(0);
    const audit = await db.selectFrom("audit_log").select(["action", "detail"]).where("entity_type", "=", "hire_report").orderBy("id").execute();
    expect(audit.map((e) => e.action)).toEqual(["hire_report.create", "hire_report.update", "hire_report.delete"]);
    expect(JSON.parse(audit[1].detail)).toEqual({
      from: { month: lastMonth, hires: 1, job_id: null },
      to: { month: currentMonth(), hires: 2, job_id: null },
    });
  });
});

describe("checks after a hire", () => {
  it("plans checks at 1 to 6, 9 and 12 months from the hire month, and moves them with a correction", async () => {
    const { db, a, actorA } = await setup();
    await saveHireReport(db, actorA, report({ hires: "2", month: addMonthsToMonth(currentMonth(), -1) }));
    const [hire] = await listHireReports(db, a.employer.id);
    const rows = () => db.selectFrom("hire_follow_ups").select(["months_after", "due_on"]).where("hire_report_id", "=", hire.id).orderBy("months_after").execute();
    expect(await rows()).toEqual(FOLLOW_UP_MONTHS.map((m) => ({ months_after: m, due_on: `${addMonthsToMonth(hire.month, m)}-01` })));
    await saveHireReport(db, actorA, report({ id: String(hire.id), hires: "2", month: currentMonth() }));
    expect((await rows())[0]).toEqual({ months_after: 1, due_on: `${addMonthsToMonth(currentMonth(), 1)}-01` });
  });

  it("shows the first check as due, takes an answer only from its own employer, and counts no more than were hired", async () => {
    const { db, a, actorA, actorB } = await setup();
    await saveHireReport(db, actorA, report({ hires: "2", month: addMonthsToMonth(currentMonth(), -1) }));
    const due = await listDueFollowUps(db, a.employer.id);
    expect(due.map((d) => d.months_after)).toEqual([1]);
    const answer = (still: string) => followUpAnswerSchema.parse({ id: String(due[0].id), still_working: still, trouble: "no", wants_help: "yes" });
    expect(await answerFollowUp(db, actorB, answer("1"))).toBe("not_found");
    expect(await answerFollowUp(db, actorA, answer("3"))).toBe("too_many");
    expect(await answerFollowUp(db, actorA, answer("1"))).toBe("saved");
    expect(await listDueFollowUps(db, a.employer.id)).toHaveLength(0);
    const row = await db.selectFrom("hire_follow_ups").selectAll().where("id", "=", due[0].id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ still_working: 1, trouble: 0, wants_help: 1 });
    expect(row.answered_at).not.toBeNull();
    // A check not due yet cannot be answered.
    const later = await db.selectFrom("hire_follow_ups").select("id").where("months_after", "=", 2).executeTakeFirstOrThrow();
    expect(await answerFollowUp(db, actorA, { ...answer("1"), id: later.id })).toBe("not_found");
  });

  it("mails each due check once, and shows it to staff when two weeks overdue", async () => {
    const { db, a, actorA } = await setup();
    await saveHireReport(db, actorA, report({ hires: "1", month: addMonthsToMonth(currentMonth(), -1) }));
    const today = tokyoDay();
    expect(await remindDueFollowUps(db, today)).toBe(1);
    expect(await remindDueFollowUps(db, today)).toBe(0);
    const mails = await db.selectFrom("outbox").select(["to_address", "subject"]).execute();
    expect(mails).toEqual([{ to_address: a.user.email, subject: "【確認のお願い】採用から1か月たちました" }]);
    const dueOn = `${currentMonth()}-01`;
    expect(await listOverdueFollowUps(db, addDays(dueOn, 14))).toHaveLength(0);
    const overdue = await listOverdueFollowUps(db, addDays(dueOn, 15));
    expect(overdue).toMatchObject([{ months_after: 1, employer_name: a.employer.name }]);
  });
});

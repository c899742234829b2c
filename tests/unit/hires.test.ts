import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { currentMonth, deleteHireReport, listHireReports, saveHireReport } from "../../app/models/hires.server";
import { hireReportSchema } from "../../app/schemas/employer";
import { tokyoDay } from "../../app/utils/dates";
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
    expect(report({ hires: "２", job_id: "", note: "正社員として" })).toEqual({ id: null, hires: 2, job_id: null, note: "正社員として" });
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

  it("this month's reports can be changed and removed; earlier months and other employers' cannot", async () => {
    const { db, a, actorA, actorB } = await setup();
    await saveHireReport(db, actorA, report({ hires: "1" }));
    const [current] = await listHireReports(db, a.employer.id);
    const now = clockNow().toISOString();
    const old = await db
      .insertInto("hire_reports")
      .values({ employer_id: a.employer.id, job_id: null, month: "2020-01", hires: 3, note: "", created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();

    expect(await saveHireReport(db, actorA, report({ id: String(current.id), hires: "2" }))).toBe("saved");
    expect(await saveHireReport(db, actorA, report({ id: String(old.id), hires: "9" }))).toBe("not_found");
    expect(await saveHireReport(db, actorB, report({ id: String(current.id), hires: "9" }))).toBe("not_found");
    expect(await deleteHireReport(db, actorB, current.id)).toBe(false);
    expect(await deleteHireReport(db, actorA, old.id)).toBe(false);

    const list = await listHireReports(db, a.employer.id);
    expect(list.map((r) => [r.month, r.hires])).toEqual([
      [currentMonth(), 2],
      ["2020-01", 3],
    ]);
    expect(await deleteHireReport(db, actorA, current.id)).toBe(true);
    expect(await listHireReports(db, a.employer.id)).toHaveLength(1);
  });
});

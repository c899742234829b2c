import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { listOutcomeFigures, saveOutcomeFigures } from "../../app/models/outcome.server";
import { addDistribution, deleteDistribution, saveAttendance } from "../../app/models/stats-entry.server";
import { loadStatsTable } from "../../app/models/stats-tables.server";
import { monthlyFigures } from "../../app/models/stats.server";
import { employersBy, yearlyFigures } from "../../app/models/stats-years.server";
import { outcomeSchema } from "../../app/schemas/stats";
import { csvResponse } from "../../app/utils/csv";
import { fiscalMonths } from "../../app/utils/fiscal";
import type { Database } from "../../db/types";
import { makeEmployer, makeEvent, makeJob, makeMagazineIssue, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

// Fixed data placed on both sides of midnight in Tokyo at month and fiscal-year ends:
// 2026-03-31T15:00Z is 2026-04-01 00:00 in Tokyo, the first moment of fiscal year 2026.
const NOW = new Date("2027-06-01T00:00:00.000Z");

async function fixture(db: Kysely<Database>) {
  const a = await makeEmployer(db, { approved_at: "2026-03-31T14:59:59.000Z", ward: "chuo", industry: "construction" });
  await makeEmployer(db, { approved_at: "2026-03-31T15:00:00.000Z", ward: "higashi", industry: "care" });
  await makeEmployer(db, { status: "pending", approved_at: null });
  const job = (published_at: string | null, extra: Record<string, unknown> = {}) =>
    makeJob(db, { employerId: a.id, published_at, end_date: "2027-12-31", closed_at: null, ...extra });
  await job("2026-03-31T15:30:00.000Z");
  await job("2026-04-30T14:59:00.000Z", { status: "filled", closed_at: "2026-04-30T15:00:00.000Z" });
  await job("2027-03-31T14:59:59.999Z");
  await job("2027-03-31T15:00:00.000Z");
  await job(null, { status: "draft", submitted_at: null });
  await job("2026-04-10T00:00:00.000Z", { status: "expired", end_date: "2026-05-15" });

  const event = (starts_at: string, extra: Record<string, unknown> = {}) =>
    makeEvent(db, { starts_at, ends_at: new Date(new Date(starts_at).getTime() + 7_200_000).toISOString(), ...extra });
  await event("2026-03-31T15:00:00.000Z", { attendance_seekers: 10, attendance_employers: 4, interviews_held: 7 });
  await event("2026-03-31T14:00:00.000Z", { attendance_seekers: 5, attendance_employers: 2, interviews_held: 1 });
  await event("2026-04-15T01:00:00.000Z", { status: "cancelled", attendance_seekers: 99 });
  await event("2027-07-01T01:00:00.000Z");

  const contact = (created_at: string, handled_at: string | null) =>
    db
      .insertInto("contact_requests")
      .values({ name: "くま", contact_method: "phone", contact_value: "090-0000-0000", created_at, handled_at, status: handled_at ? "handled" : "new" })
      .execute();
  await contact("2026-04-30T15:00:00.000Z", "2026-05-31T14:59:00.000Z");
  await contact("2026-04-30T14:59:59.000Z", null);

  for (const [month, hires] of [["2026-04", 2], ["2027-03", 3], ["2026-03", 1]] as const) {
    await db
      .insertInto("hire_reports")
      .values({ employer_id: a.id, month, hires, created_at: NOW.toISOString(), updated_at: NOW.toISOString() })
      .execute();
  }
  const issue = await makeMagazineIssue(db, { number: 1, jobIds: [], published: true, issue_date: "2026-04-01" });
  for (const [sent_on, copies] of [["2026-04-01", 100], ["2027-03-31", 50], ["2026-03-31", 30]] as const) {
    await db
      .insertInto("magazine_distributions")
      .values({ issue_id: issue.id, destination: "熊本保護観察所", copies, sent_on, created_at: NOW.toISOString() })
      .execute();
  }
}

describe("monthly and fiscal-year figures", () => {
  it("counts each record in its Tokyo month, across midnight at month and fiscal-year ends", async () => {
    const { db } = testDb();
    await fixture(db);
    const months = await monthlyFigures(db, fiscalMonths(2026), NOW);
    const april = months[0];
    expect(april).toMatchObject({
      month: "2026-04",
      jobsPublished: 3,
      jobsOpen: 3,
      jobsFilled: 0,
      employersNew: 1,
      employersTotal: 2,
      eventsHeld: 1,
      seekers: 10,
      attendingEmployers: 4,
      interviews: 7,
      contactsReceived: 1,
      contactsHandled: 0,
      hires: 2,
      issuesPublished: 1,
      copies: 100,
    });
    expect(months[1]).toMatchObject({ month: "2026-05", jobsPublished: 0, jobsOpen: 1, jobsFilled: 1, contactsReceived: 1, contactsHandled: 1 });
    expect(months[11]).toMatchObject({ month: "2027-03", jobsPublished: 1, jobsOpen: 2, hires: 3, copies: 50 });
  });

  it("sums fiscal years, with stocks read at the year's end", async () => {
    const { db } = testDb();
    await fixture(db);
    const [fy2025, fy2026, fy2027] = await yearlyFigures(db, [2025, 2026, 2027], NOW);
    expect(fy2025).toMatchObject({ fiscalYear: 2025, jobsPublished: 0, employersNew: 1, eventsHeld: 1, seekers: 5, hires: 1, copies: 30, employersTotal: 1 });
    expect(fy2026).toMatchObject({
      fiscalYear: 2026,
      jobsPublished: 4,
      jobsOpen: 2,
      jobsFilled: 1,
      employersNew: 1,
      employersTotal: 2,
      eventsHeld: 1,
      seekers: 10,
      contactsReceived: 2,
      contactsHandled: 1,
      hires: 5,
      issuesPublished: 1,
      copies: 150,
    });
    // Fiscal year 2027 is running on NOW: its stocks are today's, its later months empty.
    expect(fy2027).toMatchObject({ fiscalYear: 2027, jobsPublished: 1, jobsOpen: 3, eventsHeld: 0 });
  });

  it("counts approved employers by ward: at the year's end, and newly approved in the year", async () => {
    const { db } = testDb();
    await fixture(db);
    const byWard = Object.fromEntries((await employersBy(db, "ward", 2026, NOW)).map((r) => [r.key, r]));
    expect(byWard.chuo).toMatchObject({ total: 1, added: 0 });
    expect(byWard.higashi).toMatchObject({ total: 1, added: 1 });
    const before = Object.fromEntries((await employersBy(db, "ward", 2025, NOW)).map((r) => [r.key, r]));
    expect(before.chuo).toMatchObject({ total: 1, added: 1 });
    expect(before.higashi).toMatchObject({ total: 0, added: 0 });
  });

  it("writes every table as a CSV whose Japanese headings survive a UTF-8 decode", async () => {
    const { db } = testDb();
    await fixture(db);
    const table = await loadStatsTable(db, "monthly-jobs", 2026, NOW);
    expect(table).not.toBeNull();
    const response = csvResponse(`${table!.title}.csv`, "x.csv", table!.headers, table!.rows);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder("utf-8", { fatal: true }).decode(bytes).split("\r\n");
    expect(lines[0]).toBe("月,公開した求人,公開中の求人（月末）,充足した求人,新たに承認した事業主,承認済みの事業主（月末）");
    expect(lines[1]).toBe("2026年4月,3,3,0,1,2");
    for (const name of ["yearly-events", "monthly-outreach", "wards", "industries", "events", "distribution", "outcome"]) {
      expect(await loadStatsTable(db, name, 2026, NOW), name).not.toBeNull();
    }
    expect(await loadStatsTable(db, "users", 2026, NOW)).toBeNull();
  });
});

describe("contact requests", () => {
  it("stay counted in their Tokyo month after the requests are deleted for privacy", async () => {
    const { db } = testDb();
    const insert = (created_at: string, handled_at: string | null = null) =>
      db
        .insertInto("contact_requests")
        .values({ name: "くま", contact_method: "email", contact_value: "a@example.jp", created_at, handled_at })
        .returning("id")
        .executeTakeFirstOrThrow();
    const late = await insert("2026-03-31T14:59:59.000Z");
    await insert("2026-03-31T15:00:00.000Z", "2026-04-01T00:00:00.000Z");
    await db.updateTable("contact_requests").set({ status: "handled", handled_at: "2026-04-30T15:00:00.000Z" }).where("id", "=", late.id).execute();
    // Handling twice (a correction of the time) is still one handled request.
    await db.updateTable("contact_requests").set({ handled_at: "2026-04-30T16:00:00.000Z" }).where("id", "=", late.id).execute();
    await db.deleteFrom("contact_requests").execute();

    const [march] = await monthlyFigures(db, ["2026-03"], NOW);
    const [april, may] = await monthlyFigures(db, ["2026-04", "2026-05"], NOW);
    expect([march.contactsReceived, march.contactsHandled]).toEqual([1, 0]);
    expect([april.contactsReceived, april.contactsHandled]).toEqual([1, 1]);
    expect([may.contactsReceived, may.contactsHandled]).toEqual([0, 1]);
  });
});

describe("what staff enter", () => {
  async function auditCount(db: Kysely<Database>) {
    const row = await db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it("writes exactly one audit entry for each change", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const event = await makeEvent(db, { starts_at: "2026-05-01T01:00:00.000Z", ends_at: "2026-05-01T03:00:00.000Z" });
    const issue = await makeMagazineIssue(db, { number: 7, jobIds: [], published: true });
    const start = await auditCount(db);

    await saveAttendance(db, staff, event.id, { seekers: 12, employers: 5, interviews: 9 });
    expect(await auditCount(db)).toBe(start + 1);
    const saved = await db.selectFrom("events").selectAll().where("id", "=", event.id).executeTakeFirstOrThrow();
    expect([saved.attendance_seekers, saved.attendance_employers, saved.interviews_held]).toEqual([12, 5, 9]);

    const row = await addDistribution(db, staff, { issueId: issue.id, destination: "熊本刑務所", copies: 40, sentOn: "2026-05-02" });
    expect(await auditCount(db)).toBe(start + 2);
    await deleteDistribution(db, staff, row!.id);
    expect(await auditCount(db)).toBe(start + 3);

    await saveOutcomeFigures(db, staff, { year: 2025, arrested: 1000, repeatOffenders: 480 });
    await saveOutcomeFigures(db, staff, { year: 2025, arrested: 1000, repeatOffenders: 470, reason: "確定値" });
    expect(await auditCount(db)).toBe(start + 5);
    expect(await listOutcomeFigures(db)).toMatchObject([{ year: 2025, arrested: 1000, repeat_offenders: 470 }]);
    const last = await db.selectFrom("audit_log").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: "outcome.correct", actor_user_id: staff.id, entity_id: "2025" });
  });

  it("refuses a draft issue for distribution and more repeat offenders than arrests", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const draft = await makeMagazineIssue(db, { number: 8, jobIds: [], published: false });
    expect(await addDistribution(db, staff, { issueId: draft.id, destination: "x", copies: 1, sentOn: "2026-05-02" })).toBeNull();
    const parsed = outcomeSchema.safeParse({ year: "2025", arrested: "100", repeatOffenders: "101" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["repeatOffenders"], message: "再犯者の数は、検挙人員より多くできません" });
    expect(outcomeSchema.parse({ year: "２０２５", arrested: "1107", repeatOffenders: "600" })).toEqual({ year: 2025, arrested: 1107, repeatOffenders: 600, reason: "" });
  });
});

describe("server-made charts", () => {
  it("are SVG with presentation attributes only, a title and a description carrying the numbers", async () => {
    const { createElement } = await import("react");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { BarChart } = await import("../../app/components/charts/bar-chart");
    const { LineChart } = await import("../../app/components/charts/line-chart");
    const { HBarChart } = await import("../../app/components/charts/hbar-chart");
    const charts = [
      createElement(BarChart, { title: "求人", categories: ["4月", "5月"], series: [{ label: "公開", values: [3, null] }], unit: "件" }),
      createElement(LineChart, {
        title: "再犯者",
        categories: ["2019年", "2020年"],
        series: [{ label: "再犯者", values: [564, null] }],
        references: [{ label: "目標", value: 450 }],
        unit: "人",
      }),
      createElement(HBarChart, { title: "答え", rows: [{ label: "よかった", value: 2 }] }),
    ];
    for (const chart of charts) {
      const html = renderToStaticMarkup(chart);
      expect(html).not.toMatch(/style=|<style/);
      expect(html).toMatch(/<svg[^>]* role="img" aria-labelledby="([^"]+)-title \1-desc"/);
      expect(html).toMatch(/<title id="[^"]+-title">/);
    }
    expect(renderToStaticMarkup(charts[0])).toContain("公開: 4月 3件、5月 記録なし");
    expect(renderToStaticMarkup(charts[1])).toContain("目標: 450人");
  });
});

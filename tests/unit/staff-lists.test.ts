import { describe, expect, it } from "vitest";
import { listAudit, recordAudit } from "../../app/models/audit.server";
import { pageParam, pageWindow, STAFF_PAGE_SIZE } from "../../app/models/lists.server";
import { listEmployersForStaff } from "../../app/models/staff-employers.server";
import { listJobsForStaff } from "../../app/models/staff-jobs.server";
import { testDb } from "../setup/test-db";
import { makeEmployer, makeJob } from "../factories";

describe("pages of a staff list", () => {
  it("read the page parameter safely", () => {
    expect([pageParam(null), pageParam(""), pageParam("abc"), pageParam("0"), pageParam("-3"), pageParam("2.5")]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(pageParam("3")).toBe(3);
  });

  it("show the last page for a page past the end, and one empty page for nothing", () => {
    expect(pageWindow(120, 9)).toMatchObject({ page: 3, pages: 3, offset: 100 });
    expect(pageWindow(0, 4)).toMatchObject({ page: 1, pages: 1, offset: 0 });
  });

  it("give every posting exactly once across the pages, with the total", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db, { name: "株式会社 ページ確認" });
    const made = [];
    for (let i = 0; i < STAFF_PAGE_SIZE + 7; i++) made.push(await makeJob(db, { employerId: employer.id }));

    const first = await listJobsForStaff(db, { employerId: employer.id }, 1);
    const second = await listJobsForStaff(db, { employerId: employer.id }, 2);
    expect(first).toMatchObject({ total: STAFF_PAGE_SIZE + 7, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(STAFF_PAGE_SIZE);
    expect(second.rows).toHaveLength(7);
    const seen = [...first.rows, ...second.rows].map((r) => r.id).sort((a, b) => a - b);
    expect(seen).toEqual(made.map((j) => j.id).sort((a, b) => a - b));
    expect((await listJobsForStaff(db, { employerId: employer.id }, 50)).page).toBe(2);
  });

  it("take % and _ in a search word literally", async () => {
    const { db } = testDb();
    const plain = await makeEmployer(db, { name: "株式会社 一般" });
    const percent = await makeEmployer(db, { name: "100%リサイクル株式会社" });
    await makeJob(db, { employerId: plain.id, title: "清掃スタッフ" });
    await makeJob(db, { employerId: percent.id, title: "選別_スタッフ" });

    expect((await listEmployersForStaff(db, { q: "%" })).rows.map((e) => e.name)).toEqual(["100%リサイクル株式会社"]);
    expect((await listJobsForStaff(db, { q: "_" })).rows.map((j) => j.title)).toEqual(["選別_スタッフ"]);
    expect((await listJobsForStaff(db, { q: "スタッフ" })).total).toBe(2);
  });

  it("page the audit log newest first, and filter it by kind", async () => {
    const { db } = testDb();
    const actor = { id: null, email: "script@example.jp" };
    for (let i = 0; i < STAFF_PAGE_SIZE + 2; i++) await recordAudit(db, actor, "job.approve", { type: "job", id: i + 1 });
    await recordAudit(db, actor, "job_revision.approve", { type: "job_revision", id: 1 });

    const first = await listAudit(db, {}, 1);
    expect(first).toMatchObject({ total: STAFF_PAGE_SIZE + 3, pages: 2 });
    expect(first.rows[0]!.action).toBe("job_revision.approve");
    const last = await listAudit(db, {}, 2);
    expect(last.rows.map((r) => r.entity_id)).toEqual(["3", "2", "1"]);
    expect((await listAudit(db, { kind: "job" })).total).toBe(STAFF_PAGE_SIZE + 3);
    expect((await listAudit(db, { kind: "event" })).total).toBe(0);
    expect((await listAudit(db, { kind: "no-such-kind" })).total).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { addJobViews, countJobView, flushJobViews } from "../../app/models/job-views.server";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

describe("job views", () => {
  it("counts per job and Tokyo day, written in one go", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db);
    const job = await makeJob(db, { employerId: employer.id });
    countJobView(db, job.id, "2026-12-01");
    countJobView(db, job.id, "2026-12-01");
    countJobView(db, job.id, "2026-12-02");
    await flushJobViews(db);
    await addJobViews(db, job.id, "2026-12-02", 3);
    const rows = await db.selectFrom("job_daily_views").selectAll().orderBy("day").execute();
    expect(rows).toEqual([
      { job_id: job.id, day: "2026-12-01", views: 2 },
      { job_id: job.id, day: "2026-12-02", views: 4 },
    ]);
  });

  it("skips a posting deleted before the write", async () => {
    const { db } = testDb();
    countJobView(db, 987654, "2026-12-01");
    await flushJobViews(db);
    expect(await db.selectFrom("job_daily_views").selectAll().execute()).toEqual([]);
  });
});

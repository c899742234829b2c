import { describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../../app/auth/session.server";
import { addJobViews } from "../../app/models/job-views.server";
import { contentVersionReader } from "../../app/models/content-version.server";
import { recordHit } from "../../app/models/rate-limit.server";
import { makeEmployer, makeJob, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";
import { nowMs as clockNowMs } from "../../app/utils/clock";

describe("content version", () => {
  it("moves on every write to a table public pages read", async () => {
    const { db, sqlite } = testDb();
    const version = contentVersionReader(sqlite);
    const start = version();
    const employer = await makeEmployer(db);
    const afterEmployer = version();
    expect(afterEmployer).toBeGreaterThan(start);
    const job = await makeJob(db, { employerId: employer.id });
    const afterJob = version();
    expect(afterJob).toBeGreaterThan(afterEmployer);
    await db.updateTable("jobs").set({ status: "closed" }).where("id", "=", job.id).execute();
    expect(version()).toBeGreaterThan(afterJob);
  });

  it("stays put for view counts, sessions and rate limits", async () => {
    const { db, sqlite } = testDb();
    const employer = await makeEmployer(db);
    const job = await makeJob(db, { employerId: employer.id });
    const staff = await makeStaff(db);
    const version = contentVersionReader(sqlite);
    const before = version();
    await addJobViews(db, job.id, "2026-12-02", 3);
    const { token } = await createSession(db, staff.id);
    // A session in its second half is renewed: a write, but not a public one.
    await validateSessionToken(db, token, new Date(clockNowMs() + 20 * 86_400_000));
    await recordHit(db, "login", "127.0.0.1");
    expect(version()).toBe(before);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { recordAudit } from "~/models/audit.server";
import { makeEmployer, makeJob, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

describe("database rules", () => {
  it("runs with WAL, full sync, foreign keys and a busy timeout", () => {
    const { sqlite } = testDb();
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2);
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("refuses unknown statuses and broken references", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db);
    const job = await makeJob(db, { employerId: employer.id });
    await expect(
      db.updateTable("jobs").set({ status: "live" as never }).where("id", "=", job.id).execute(),
    ).rejects.toThrow(/CHECK constraint failed/);
    await expect(
      db.updateTable("employers").set({ status: "ok" as never }).where("id", "=", employer.id).execute(),
    ).rejects.toThrow(/CHECK constraint failed/);
    await expect(
      db.insertInto("job_offence_rules").values({ job_id: 99999, category: "theft", acceptance: "ok" }).execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      db.updateTable("jobs").set({ pay_min: 2000, pay_max: 1000 }).where("id", "=", job.id).execute(),
    ).rejects.toThrow(/CHECK constraint failed/);
  });

  it("keeps the audit log append-only", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    await recordAudit(db, staff, "employer.approved", { type: "employer", id: 1 });
    await expect(db.updateTable("audit_log").set({ action: "x" }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom("audit_log").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_user_id: staff.id, actor_email: staff.email, entity_id: "1" });
  });

  it("db:backup writes a copy that passes the integrity check", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
    const source = path.join(dir, "live.sqlite");
    const target = path.join(dir, "copy.sqlite");
    const { db } = testDb();
    await sql`vacuum into ${source}`.execute(db);
    const out = execFileSync("npx", ["vite-node", "scripts/backup.ts", target], {
      env: { ...process.env, DATABASE_PATH: source },
      encoding: "utf8",
    });
    expect(out).toContain("integrity_check: ok");
    expect(fs.statSync(target).size).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

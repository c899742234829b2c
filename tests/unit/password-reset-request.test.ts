import { describe, expect, it } from "vitest";
import {
  acceptPasswordResetRequest,
  RESET_MAILS_PER_ACCOUNT,
  RESET_REQUESTS_PER_CLIENT,
  sendPasswordReset,
  type Scheduler,
} from "../../app/models/password-reset.server";
import { makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

const ORIGIN = "https://jobs.example.jp";

/** Holds scheduled work until the test runs it, as the server does after the response. */
function heldScheduler() {
  const tasks: Array<() => Promise<void>> = [];
  const schedule: Scheduler = (task) => tasks.push(task);
  return { schedule, tasks, runAll: async () => { for (const task of tasks.splice(0)) await task(); } };
}

describe("asking for a password reset link", () => {
  it("answers the same, before any lookup, for a known and an unknown address", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const known = heldScheduler();
    const unknown = heldScheduler();

    const a = await acceptPasswordResetRequest(db, { email: staff.email, client: "203.0.113.1", origin: ORIGIN }, known.schedule);
    const b = await acceptPasswordResetRequest(db, { email: "nobody@example.jp", client: "203.0.113.2", origin: ORIGIN }, unknown.schedule);
    expect(a).toBe("accepted");
    expect(b).toBe(a);
    // The answer exists while the account has not been looked at: one task each, and no
    // token and no mail yet for either.
    expect(known.tasks).toHaveLength(1);
    expect(unknown.tasks).toHaveLength(1);
    expect(await db.selectFrom("password_resets").selectAll().execute()).toEqual([]);
    expect(await db.selectFrom("outbox").selectAll().execute()).toEqual([]);

    await known.runAll();
    await unknown.runAll();
    expect(await db.selectFrom("outbox").select("to_address").execute()).toEqual([{ to_address: staff.email }]);
    expect(await db.selectFrom("password_resets").select("user_id").execute()).toEqual([{ user_id: staff.id }]);
  });

  it("mails one account at most three times an hour, however often it is asked", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const now = new Date("2026-12-02T10:00:00Z");
    for (let i = 0; i < 30; i++) await sendPasswordReset(db, staff.email.toUpperCase(), ORIGIN, now);
    expect(await db.selectFrom("outbox").select("id").where("to_address", "=", staff.email).execute()).toHaveLength(
      RESET_MAILS_PER_ACCOUNT,
    );
    // An hour later the account can be mailed again.
    await sendPasswordReset(db, staff.email, ORIGIN, new Date(now.getTime() + 61 * 60 * 1000));
    expect(await db.selectFrom("outbox").select("id").where("to_address", "=", staff.email).execute()).toHaveLength(
      RESET_MAILS_PER_ACCOUNT + 1,
    );
  });

  it("refuses a client address after ten requests, whichever addresses it typed", async () => {
    const { db } = testDb();
    const held = heldScheduler();
    const outcomes = [];
    for (let i = 0; i < 12; i++) {
      outcomes.push(await acceptPasswordResetRequest(db, { email: `x${i}@example.jp`, client: "198.51.100.7", origin: ORIGIN }, held.schedule));
    }
    expect(outcomes.filter((o) => o === "accepted")).toHaveLength(RESET_REQUESTS_PER_CLIENT);
    expect(outcomes.slice(RESET_REQUESTS_PER_CLIENT)).toEqual(["throttled", "throttled"]);
    expect(held.tasks).toHaveLength(RESET_REQUESTS_PER_CLIENT);
    // Another client is not affected.
    expect(await acceptPasswordResetRequest(db, { email: "y@example.jp", client: "198.51.100.8", origin: ORIGIN }, held.schedule)).toBe("accepted");
  });
});

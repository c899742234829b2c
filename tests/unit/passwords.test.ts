import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { attemptLogin, LOGIN_FAILURE_LIMIT } from "~/auth/login.server";
import { completePasswordReset, createPasswordReset } from "~/models/password-reset.server";
import { createSession, validateSessionToken } from "~/auth/session.server";
import { newPassword } from "~/schemas/fields";
import { DEMO_PASSWORD, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";
import { now as clockNow } from "../../app/utils/clock";

describe("passwords", () => {
  it("are hashed with Argon2id at 19456 KiB, 2 passes, 1 lane", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse batter")).toBe(false);
  });

  it("are never truncated: a 256-character password differs from its first 255", async () => {
    const long = "あ".repeat(128) + "b".repeat(128);
    expect(newPassword.safeParse(long).success).toBe(true);
    const hash = await hashPassword(long);
    expect(await verifyPassword(hash, long.slice(0, 255))).toBe(false);
    expect(await verifyPassword(hash, long)).toBe(true);
  });

  it("must be 8 to 256 characters, taken as typed", () => {
    expect(newPassword.safeParse("1234567").success).toBe(false);
    expect(newPassword.safeParse("x".repeat(257)).success).toBe(false);
    expect(newPassword.safeParse(" 1234567").data).toBe(" 1234567");
  });
});

describe("login", () => {
  it("gives the same outcome for an unknown email and a wrong password", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const wrong = await attemptLogin(db, { email: staff.email, password: "nope-nope", address: "10.0.0.1" });
    const unknown = await attemptLogin(db, { email: "who@example.jp", password: "nope-nope", address: "10.0.0.1" });
    expect(wrong).toEqual({ outcome: "failed" });
    expect(unknown).toEqual(wrong);
    const ok = await attemptLogin(db, { email: staff.email.toUpperCase(), password: DEMO_PASSWORD, address: "10.0.0.1" });
    expect(ok).toMatchObject({ outcome: "ok", userId: staff.id });
  });

  it("throttles an address after 10 failures within 10 minutes, for 10 minutes", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const t0 = new Date("2026-12-01T00:00:00Z");
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i++) {
      const at = new Date(t0.getTime() + i * 1000);
      expect((await attemptLogin(db, { email: staff.email, password: "wrong-pass", address: "10.0.0.9" }, at)).outcome).toBe("failed");
    }
    const right = { email: staff.email, password: DEMO_PASSWORD, address: "10.0.0.9" };
    expect((await attemptLogin(db, right, new Date(t0.getTime() + 60_000))).outcome).toBe("throttled");
    // Another address is not affected.
    expect((await attemptLogin(db, { ...right, address: "10.0.0.10" }, new Date(t0.getTime() + 60_000))).outcome).toBe("ok");
    // Ten minutes after the failures, the address may try again.
    expect((await attemptLogin(db, right, new Date(t0.getTime() + 10 * 60_000 + 10_000))).outcome).toBe("ok");
    // Only a hash of the address is stored.
    const rows = await db.selectFrom("rate_limit_hits").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain("10.0.0.9");
  });

  it("refuses a disabled account", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db, { disabledAt: clockNow().toISOString() });
    expect((await attemptLogin(db, { email: staff.email, password: DEMO_PASSWORD, address: "x" })).outcome).toBe("failed");
  });
});

describe("password reset", () => {
  it("is stored hashed, works once within the hour, and ends every session", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const session = await createSession(db, staff.id);
    const now = clockNow();
    const token = await createPasswordReset(db, staff.id, now);
    const stored = await db.selectFrom("password_resets").selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await completePasswordReset(db, token, "brand-new-pass", now)).toEqual({ userId: staff.id });
    expect(await validateSessionToken(db, session.token)).toBeNull();
    expect(await completePasswordReset(db, token, "another-pass-1", now)).toBeNull();
    const login = await attemptLogin(db, { email: staff.email, password: "brand-new-pass", address: "y" });
    expect(login.outcome).toBe("ok");
  });

  it("expires after one hour", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const now = new Date("2026-12-01T00:00:00Z");
    const token = await createPasswordReset(db, staff.id, now);
    expect(await completePasswordReset(db, token, "brand-new-pass", new Date(now.getTime() + 61 * 60_000))).toBeNull();
  });
});

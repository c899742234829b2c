import { describe, expect, it } from "vitest";
import {
  createSession,
  invalidateUserSessions,
  SESSION_LIFETIME_MS,
  validateSessionToken,
} from "~/auth/session.server";
import { disableUser, setPassword } from "~/models/users.server";
import { makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

describe("sessions", () => {
  it("stores only a hash of the secret, so a dump cannot be replayed", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const { token } = await createSession(db, staff.id);
    const [id, secret] = token.split(".");
    const row = await db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(Buffer.from(row.secret_hash).length).toBe(32);
    expect(JSON.stringify(row)).not.toContain(secret);
    // What a dump holds, used as a cookie, is worthless.
    const replay = `${row.id}.${Buffer.from(row.secret_hash).toString("base64url")}`;
    expect(await validateSessionToken(db, replay)).toBeNull();
    expect((await validateSessionToken(db, token))?.user.email).toBe(staff.email);
  });

  it("refuses a wrong secret, a malformed token and an expired session", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const now = new Date("2026-12-01T00:00:00Z");
    const { token } = await createSession(db, staff.id, now);
    const [id] = token.split(".");
    expect(await validateSessionToken(db, `${id}.wrongsecretwrongsecret`, now)).toBeNull();
    expect(await validateSessionToken(db, "nodot", now)).toBeNull();
    expect(await validateSessionToken(db, `${id}.`, now)).toBeNull();
    const later = new Date(now.getTime() + SESSION_LIFETIME_MS + 1000);
    expect(await validateSessionToken(db, token, later)).toBeNull();
    // An expired session is removed.
    expect(await db.selectFrom("sessions").select("id").where("id", "=", id).execute()).toHaveLength(0);
  });

  it("slides: a session used in its second half gets a full lifetime again", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const start = new Date("2026-12-01T00:00:00Z");
    const { token } = await createSession(db, staff.id, start);
    const early = await validateSessionToken(db, token, new Date(start.getTime() + 60_000));
    expect(early?.renewed).toBe(false);
    const day20 = new Date(start.getTime() + 20 * 86_400_000);
    const renewed = await validateSessionToken(db, token, day20);
    expect(renewed?.renewed).toBe(true);
    expect(renewed?.expiresAt.getTime()).toBe(day20.getTime() + SESSION_LIFETIME_MS);
    // Still valid beyond the first 30 days because it was renewed.
    expect(await validateSessionToken(db, token, new Date(start.getTime() + 40 * 86_400_000))).not.toBeNull();
  });

  it("every session of a user ends on a password change, on disabling, and on request", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const a = await createSession(db, staff.id);
    const b = await createSession(db, staff.id);
    expect(a.token).not.toBe(b.token);
    await setPassword(db, staff.id, "a-new-password");
    expect(await validateSessionToken(db, a.token)).toBeNull();
    expect(await validateSessionToken(db, b.token)).toBeNull();

    const c = await createSession(db, staff.id);
    await disableUser(db, staff.id);
    expect(await validateSessionToken(db, c.token)).toBeNull();

    const other = await makeStaff(db);
    const d = await createSession(db, other.id);
    await invalidateUserSessions(db, other.id);
    expect(await validateSessionToken(db, d.token)).toBeNull();
  });
});

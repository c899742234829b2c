import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/types";
import { now as clockNow } from "~/utils/clock";

// Sessions as Lucia's session guide lays them out: the cookie holds "id.secret"; the
// database holds the id and a SHA-256 of the secret, compared in constant time. A copy of
// the sessions table therefore cannot be replayed as a cookie.

export const SESSION_COOKIE = "session";
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;
/** Sliding expiry: a session used in its second half is pushed out to a full lifetime. */
const RENEW_WITHIN_MS = 15 * DAY;

export type SessionUser = {
  id: number;
  email: string;
  role: Role;
  employerId: number | null;
  displayName: string;
};

export type ValidSession = { id: string; expiresAt: Date; user: SessionUser; renewed: boolean };

/** 120 bits of randomness in a cookie-safe alphabet. */
function randomToken(): string {
  return randomBytes(15).toString("base64url");
}

function hashSecret(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  now = clockNow(),
): Promise<{ token: string; expiresAt: Date }> {
  const id = randomToken();
  const secret = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db
    .insertInto("sessions")
    .values({
      id,
      secret_hash: hashSecret(secret),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { token: `${id}.${secret}`, expiresAt };
}

export async function validateSessionToken(
  db: Kysely<Database>,
  token: string,
  now = clockNow(),
): Promise<ValidSession | null> {
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  const [id, secret] = parts;
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .leftJoin("employers", "employers.id", "users.employer_id")
    .select([
      "sessions.id",
      "sessions.secret_hash",
      "sessions.expires_at",
      "users.id as user_id",
      "users.email",
      "users.role",
      "users.employer_id",
      "users.display_name",
      "users.disabled_at",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const expected = Buffer.from(row.secret_hash);
  const given = hashSecret(secret);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let expiresAt = new Date(row.expires_at);
  if (now >= expiresAt || row.disabled_at) {
    await invalidateSession(db, id);
    return null;
  }
  let renewed = false;
  if (expiresAt.getTime() - now.getTime() < RENEW_WITHIN_MS) {
    expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await db
      .updateTable("sessions")
      .set({ expires_at: expiresAt.toISOString() })
      .where("id", "=", id)
      .execute();
    renewed = true;
  }
  return {
    id,
    expiresAt,
    renewed,
    user: {
      id: row.user_id,
      email: row.email,
      role: row.role,
      employerId: row.employer_id,
      displayName: row.display_name,
    },
  };
}

export async function invalidateSession(db: Kysely<Database>, sessionId: string) {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Ends every session of a user: on password or role change, disabling, suspension. */
export async function invalidateUserSessions(db: Kysely<Database>, userId: number) {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now = clockNow()) {
  await db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).execute();
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
    secure ? "Secure" : "",
  ]
    .filter(Boolean)
    .join("; ");
}

export function blankSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", secure ? "Secure" : ""]
    .filter(Boolean)
    .join("; ");
}

export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) return rest.join("=") || null;
  }
  return null;
}

import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/types";
import { hashPassword } from "~/auth/password.server";
import { invalidateUserSessions } from "~/auth/session.server";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { contains } from "./lists.server";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: number) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The sign-in addresses of an employer's accounts, for staff reviewing the employer. */
export async function listEmployerEmails(db: Kysely<Database>, employerId: number) {
  const users = await db.selectFrom("users").select("email").where("employer_id", "=", employerId).execute();
  return users.map((u) => u.email);
}

export async function createUser(
  db: Kysely<Database>,
  input: { email: string; password: string; role: Role; employerId?: number | null; displayName?: string },
) {
  const now = nowIso();
  const passwordHash = await hashPassword(input.password);
  return db
    .insertInto("users")
    .values({
      email: normalizeEmail(input.email),
      password_hash: passwordHash,
      role: input.role,
      employer_id: input.role === "employer" ? (input.employerId ?? null) : null,
      display_name: input.displayName ?? "",
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A new password ends every session of the user, everywhere. */
export async function setPassword(db: Kysely<Database>, userId: number, password: string) {
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: nowIso() })
      .where("id", "=", userId)
      .execute();
    await invalidateUserSessions(trx, userId);
  });
}

export async function disableUser(db: Kysely<Database>, userId: number) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ disabled_at: nowIso(), updated_at: nowIso() })
      .where("id", "=", userId)
      .execute();
    await invalidateUserSessions(trx, userId);
  });
}

export async function enableUser(db: Kysely<Database>, userId: number) {
  await db
    .updateTable("users")
    .set({ disabled_at: null, updated_at: nowIso() })
    .where("id", "=", userId)
    .execute();
}

export async function listStaffUsers(db: Kysely<Database>) {
  return db
    .selectFrom("users")
    .select(["id", "email", "display_name", "disabled_at", "created_at"])
    .where("role", "=", "staff")
    .orderBy("id")
    .execute();
}

// --- staff managing accounts ----------------------------------------------------------

export class UserEmailTakenError extends Error {}

/**
 * A new staff account with a random password nobody knows: the person sets their own through
 * the reset link mailed to them, so no password ever travels between colleagues.
 */
export async function createStaffAccount(
  db: Kysely<Database>,
  actor: Actor,
  input: { email: string; displayName: string },
) {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    if (taken) throw new UserEmailTakenError();
    const now = nowIso();
    const user = await trx
      .insertInto("users")
      .values({
        email,
        password_hash: passwordHash,
        role: "staff",
        employer_id: null,
        display_name: input.displayName,
        created_at: now,
        updated_at: now,
      })
      .returning(["id", "email"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, "user.create", { type: "user", id: user.id }, { role: "staff", email });
    return user;
  });
}

/** Disabling ends every session of that account at once; staff cannot lock themselves out. */
export async function setStaffDisabled(db: Kysely<Database>, actor: Actor, userId: number, disabled: boolean) {
  if (userId === actor.id) return null;
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const updated = await trx
      .updateTable("users")
      .set({ disabled_at: disabled ? now : null, updated_at: now })
      .where("id", "=", userId)
      .where("role", "=", "staff")
      .where("disabled_at", disabled ? "is" : "is not", null)
      .returning(["id", "email"])
      .executeTakeFirst();
    if (!updated) return null;
    if (disabled) await invalidateUserSessions(trx, userId);
    await recordAudit(trx, actor, disabled ? "user.disable" : "user.enable", { type: "user", id: userId }, {});
    return updated;
  });
}

export async function listEmployerAccounts(db: Kysely<Database>, q = "") {
  let query = db
    .selectFrom("users")
    .innerJoin("employers", "employers.id", "users.employer_id")
    .select(["users.id", "users.email", "users.disabled_at", "employers.id as employer_id", "employers.name as employer_name"])
    .where("users.role", "=", "employer")
    .orderBy("employers.name_kana")
    .limit(100);
  const term = q.trim();
  if (term) {
    query = query.where((eb) => eb.or([contains("users.email", term), contains("employers.name", term)]));
  }
  return query.execute();
}

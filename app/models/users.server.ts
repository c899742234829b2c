import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/types";
import { hashPassword } from "~/auth/password.server";
import { invalidateUserSessions } from "~/auth/session.server";
import { nowIso } from "~/utils/dates";

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

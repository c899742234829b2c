import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { setPassword } from "./users.server";

// A reset link carries a random token; the database keeps only its SHA-256, so a copy of
// the table cannot be turned back into a working link. Valid one hour, usable once.
const LIFETIME_MS = 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createPasswordReset(db: Kysely<Database>, userId: number, now = new Date()) {
  const token = randomBytes(24).toString("base64url");
  // A new link replaces any earlier one that was not used.
  await db.deleteFrom("password_resets").where("user_id", "=", userId).where("used_at", "is", null).execute();
  await db
    .insertInto("password_resets")
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + LIFETIME_MS).toISOString(),
    })
    .execute();
  return token;
}

export async function findUsablePasswordReset(db: Kysely<Database>, token: string, now = new Date()) {
  return db
    .selectFrom("password_resets")
    .select(["token_hash", "user_id"])
    .where("token_hash", "=", hashToken(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
}

/** Sets the new password, spends the token and ends every session; false if the link is dead. */
export async function completePasswordReset(
  db: Kysely<Database>,
  token: string,
  password: string,
  now = new Date(),
): Promise<{ userId: number } | null> {
  const reset = await findUsablePasswordReset(db, token, now);
  if (!reset) return null;
  const spent = await db
    .updateTable("password_resets")
    .set({ used_at: now.toISOString() })
    .where("token_hash", "=", reset.token_hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  // Two tabs racing with one link: only the first one wins.
  if (Number(spent.numUpdatedRows) !== 1) return null;
  await setPassword(db, reset.user_id, password);
  return { userId: reset.user_id };
}

import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { passwordResetMail } from "./mails.server";
import { deliverPendingMail, enqueueMail } from "./outbox.server";
import { allowHit } from "./rate-limit.server";
import { findUserByEmail, setPassword } from "./users.server";
import { now as clockNow } from "~/utils/clock";

// A reset link carries a random token; the database keeps only its SHA-256, so a copy of
// the table cannot be turned back into a working link. Valid one hour, usable once.
const LIFETIME_MS = 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createPasswordReset(db: Kysely<Database>, userId: number, now = clockNow()) {
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

export async function findUsablePasswordReset(db: Kysely<Database>, token: string, now = clockNow()) {
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
  now = clockNow(),
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

// --- asking for a link ------------------------------------------------------------------

const HOUR_MS = 60 * 60 * 1000;
/** Reset mails one account can receive per hour, however many times it is asked for. */
export const RESET_MAILS_PER_ACCOUNT = 3;
/** Requests one client address can make per hour (any addresses typed). */
export const RESET_REQUESTS_PER_CLIENT = 10;

export const RESET_THROTTLED_MESSAGE =
  "お申し込みが続いたため、しばらく受け付けられません。1時間ほど待ってから、もう一度お試しください。";

export type Scheduler = (task: () => Promise<void>) => void;

/** Runs the task after the current response has been handed back, then sends the mail. */
export function afterResponse(db: Kysely<Database>): Scheduler {
  return (task) => {
    setImmediate(() => {
      task()
        .then(() => deliverPendingMail(db))
        .catch((error) => console.error("password reset request failed", error));
    });
  };
}

/**
 * The answer to "send me a link". It depends only on the client's request count, never on
 * the account: looking the address up, the per-account limit and the mail all happen
 * later, off the response path, so the answer takes the same time and says the same thing
 * whether or not the address has an account.
 */
export async function acceptPasswordResetRequest(
  db: Kysely<Database>,
  input: { email: string; client: string; origin: string },
  schedule: Scheduler,
): Promise<"accepted" | "throttled"> {
  if (!(await allowHit(db, "password-reset-client", input.client, RESET_REQUESTS_PER_CLIENT, HOUR_MS))) {
    return "throttled";
  }
  schedule(() => sendPasswordReset(db, input.email, input.origin));
  return "accepted";
}

/** Mails a reset link to an active account, at most RESET_MAILS_PER_ACCOUNT an hour. */
export async function sendPasswordReset(db: Kysely<Database>, email: string, origin: string, now = clockNow()) {
  const user = await findUserByEmail(db, email);
  if (!user || user.disabled_at) return;
  if (!(await allowHit(db, "password-reset-account", String(user.id), RESET_MAILS_PER_ACCOUNT, HOUR_MS, now))) return;
  const token = await createPasswordReset(db, user.id, now);
  await enqueueMail(db, passwordResetMail(user.email, `${origin}/password/reset/${token}`));
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { recordAudit } from "~/models/audit.server";
import { countRecentHits, recordHit } from "~/models/rate-limit.server";
import { findUserByEmail } from "~/models/users.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { now as clockNow } from "~/utils/clock";

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MS = 10 * 60 * 1000;
const BUCKET = "login-failure";

/** One message for an unknown email and a wrong password: neither tells which. */
export const LOGIN_FAILED_MESSAGE = "メールアドレスかパスワードが違います";
export const LOGIN_THROTTLED_MESSAGE =
  "ログインの失敗が続いたため、10分間ログインできません。時間をおいてお試しください。";

export type LoginResult =
  | { outcome: "ok"; userId: number; role: "staff" | "employer" }
  | { outcome: "failed" }
  | { outcome: "throttled" };

export async function isLoginThrottled(db: Kysely<Database>, address: string, now = clockNow()) {
  return (await countRecentHits(db, BUCKET, address, LOGIN_WINDOW_MS, now)) >= LOGIN_FAILURE_LIMIT;
}

/**
 * Checks the credentials. After 10 failures from one address within 10 minutes, that
 * address is refused (without checking anything) until the failures are 10 minutes old.
 * Sign-ins, failures and the lock-out go into the audit log: the account (or, for an
 * unknown one, the address typed) and the connecting address, never the password.
 */
export async function attemptLogin(
  db: Kysely<Database>,
  input: { email: string; password: string; address: string },
  now = clockNow(),
): Promise<LoginResult> {
  if (await isLoginThrottled(db, input.address, now)) return { outcome: "throttled" };
  const user = await findUserByEmail(db, input.email);
  const valid = user
    ? await verifyPassword(user.password_hash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!user || !valid || user.disabled_at) {
    await recordHit(db, BUCKET, input.address, now);
    const attempted = user ? { type: "user", id: user.id } : { type: "login", id: input.email.slice(0, 254) };
    const actor = { id: null, email: input.email.slice(0, 254) };
    await recordAudit(db, actor, "auth.login_failed", attempted, { address: input.address, ...(user?.disabled_at ? { status: "使えないアカウント" } : {}) });
    if (await isLoginThrottled(db, input.address, now)) {
      await recordAudit(db, actor, "auth.lockout", attempted, { address: input.address });
    }
    return { outcome: "failed" };
  }
  await recordAudit(db, { id: user.id, email: user.email }, "auth.login", { type: "user", id: user.id }, { address: input.address });
  return { outcome: "ok", userId: user.id, role: user.role };
}

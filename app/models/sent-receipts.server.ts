import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { now as clockNow } from "~/utils/clock";
import { nowIso } from "~/utils/dates";

// The page after a contact request says 「送信しました」 only with a receipt the action made:
// a short-lived signature of the posting, so a bookmarked or typed `?sent=1` claims nothing.
// There is no session for seekers; the signing key lives in the settings table, so every
// worker process reads the same one.

const KEY_SETTING = "sent_receipt_key";
export const RECEIPT_LIFETIME_MS = 10 * 60 * 1000;

export async function signingKey(db: Kysely<Database>): Promise<string> {
  await db
    .insertInto("settings")
    .values({ key: KEY_SETTING, value: randomBytes(32).toString("hex"), updated_at: nowIso() })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db.selectFrom("settings").select("value").where("key", "=", KEY_SETTING).executeTakeFirstOrThrow();
  return row.value;
}

function sign(key: string, what: string, expires: number): string {
  return createHmac("sha256", key).update(`${what}.${expires}`).digest("base64url");
}

/** A receipt for `what` (say, "contact:12"), good for RECEIPT_LIFETIME_MS. */
export async function issueReceipt(db: Kysely<Database>, what: string, now = clockNow()): Promise<string> {
  const expires = Math.floor((now.getTime() + RECEIPT_LIFETIME_MS) / 1000);
  return `${expires}.${sign(await signingKey(db), what, expires)}`;
}

export async function receiptIsValid(db: Kysely<Database>, what: string, receipt: string | null, now = clockNow()) {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(receipt ?? "");
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 < now.getTime()) return false;
  const expected = Buffer.from(sign(await signingKey(db), what, expires));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { now as clockNow } from "~/utils/clock";

// Counts events per client address in a sliding window. Only a hash of the address is
// kept, and hits older than a day are dropped.

function keyHash(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export async function countRecentHits(
  db: Kysely<Database>,
  bucket: string,
  key: string,
  windowMs: number,
  now = clockNow(),
): Promise<number> {
  const since = new Date(now.getTime() - windowMs).toISOString();
  const row = await db
    .selectFrom("rate_limit_hits")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("bucket", "=", bucket)
    .where("key_hash", "=", keyHash(key))
    .where("occurred_at", ">", since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The latest hit's time, to tell how long a throttled client must wait. */
export async function latestHit(db: Kysely<Database>, bucket: string, key: string) {
  const row = await db
    .selectFrom("rate_limit_hits")
    .select("occurred_at")
    .where("bucket", "=", bucket)
    .where("key_hash", "=", keyHash(key))
    .orderBy("occurred_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.occurred_at ?? null;
}

export async function recordHit(
  db: Kysely<Database>,
  bucket: string,
  key: string,
  now = clockNow(),
): Promise<void> {
  await db
    .insertInto("rate_limit_hits")
    .values({ bucket, key_hash: keyHash(key), occurred_at: now.toISOString() })
    .execute();
}

export async function clearHits(db: Kysely<Database>, bucket: string, key: string) {
  await db
    .deleteFrom("rate_limit_hits")
    .where("bucket", "=", bucket)
    .where("key_hash", "=", keyHash(key))
    .execute();
}

export async function pruneHits(db: Kysely<Database>, now = clockNow()) {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  await db.deleteFrom("rate_limit_hits").where("occurred_at", "<", dayAgo).execute();
}

/**
 * Counts this attempt against `limit` per window, atomically: true when it is allowed (and
 * recorded), false when the limit is already reached (nothing recorded). Parallel requests
 * cannot both see the last free place.
 */
export async function allowHit(
  db: Kysely<Database>,
  bucket: string,
  key: string,
  limit: number,
  windowMs: number,
  now = clockNow(),
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if ((await countRecentHits(trx, bucket, key, windowMs, now)) >= limit) return false;
    await recordHit(trx, bucket, key, now);
    return true;
  });
}

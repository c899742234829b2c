import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";

export const MINIMUM_WAGE_KEY = "minimum_wage_hourly";

/**
 * Kumamoto Prefecture's minimum wage from 2025-12-01 (yen per hour). Used until staff store
 * a newer figure under MINIMUM_WAGE_KEY; it changes every autumn.
 */
export const DEFAULT_MINIMUM_WAGE_HOURLY = 1034;

export async function getMinimumHourlyWage(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", MINIMUM_WAGE_KEY).executeTakeFirst();
  const stored = Number(row?.value);
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_MINIMUM_WAGE_HOURLY;
}

export async function setMinimumHourlyWage(db: Kysely<Database>, yen: number): Promise<void> {
  if (!Number.isInteger(yen) || yen <= 0) throw new Error(`not a wage: ${yen}`);
  const now = nowIso();
  await db
    .insertInto("settings")
    .values({ key: MINIMUM_WAGE_KEY, value: String(yen), updated_at: now })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(yen), updated_at: now }))
    .execute();
}

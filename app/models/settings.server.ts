import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";

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

/** Stores a new figure (with its audit entry); postings saved from then on are checked against it. */
export async function setMinimumHourlyWage(db: Kysely<Database>, actor: Actor, yen: number): Promise<void> {
  if (!Number.isInteger(yen) || yen <= 0) throw new Error(`not a wage: ${yen}`);
  await db.transaction().execute(async (trx) => {
    const before = await getMinimumHourlyWage(trx);
    const now = nowIso();
    await trx
      .insertInto("settings")
      .values({ key: MINIMUM_WAGE_KEY, value: String(yen), updated_at: now })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(yen), updated_at: now }))
      .execute();
    await recordAudit(trx, actor, "setting.update", { type: "setting", id: MINIMUM_WAGE_KEY }, { from: before, to: yen });
  });
}

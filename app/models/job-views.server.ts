import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { tokyoDay } from "~/utils/dates";

/**
 * One more view of a posting today (Asia/Tokyo). Only a count per job and day: no cookie,
 * no address, nothing that could tell two visits or two people apart.
 */
export async function recordJobView(db: Kysely<Database>, jobId: number, day = tokyoDay()) {
  await db
    .insertInto("job_daily_views")
    .values({ job_id: jobId, day, views: 1 })
    .onConflict((oc) => oc.columns(["job_id", "day"]).doUpdateSet((eb) => ({ views: eb("job_daily_views.views", "+", 1) })))
    .execute();
}

export async function jobViewsOn(db: Kysely<Database>, jobId: number, day = tokyoDay()) {
  const row = await db
    .selectFrom("job_daily_views")
    .select("views")
    .where("job_id", "=", jobId)
    .where("day", "=", day)
    .executeTakeFirst();
  return row?.views ?? 0;
}

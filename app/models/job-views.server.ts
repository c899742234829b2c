import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types";
import { addDays, tokyoDay } from "~/utils/dates";

// Views per posting and Tokyo day: only a count, with no cookie, no address and nothing
// that could tell two visits or two people apart.
//
// Page views are added up in memory and written at most every two seconds in one
// transaction: one durable write (an fsync) per page view would cost more than the page.
// A crash loses at most those two seconds of counting, which the statistics can bear.

export const VIEW_FLUSH_MS = 2000;

const pending = new Map<string, { jobId: number; day: string; views: number }>();
let timer: ReturnType<typeof setTimeout> | null = null;

export function countJobView(db: Kysely<Database>, jobId: number, day = tokyoDay()) {
  const key = `${day}:${jobId}`;
  const entry = pending.get(key) ?? { jobId, day, views: 0 };
  entry.views += 1;
  pending.set(key, entry);
  if (!timer) {
    timer = setTimeout(() => {
      timer = null;
      flushJobViews(db).catch((error) => console.error("job views not saved", error));
    }, VIEW_FLUSH_MS);
    timer.unref();
  }
}

/** Writes the counted views now (also used by tests). */
export async function flushJobViews(db: Kysely<Database>) {
  const entries = [...pending.values()];
  pending.clear();
  if (!entries.length) return;
  await db.transaction().execute(async (trx) => {
    for (const e of entries) await addJobViews(trx, e.jobId, e.day, e.views);
  });
}

/** Adds views to a day's count; a posting deleted in the meantime is skipped. */
export async function addJobViews(db: Kysely<Database>, jobId: number, day: string, views = 1) {
  await sql`insert into job_daily_views (job_id, day, views)
    select ${jobId}, ${day}, ${views} where exists (select 1 from jobs where id = ${jobId})
    on conflict (job_id, day) do update set views = views + excluded.views`.execute(db);
}

/** Views of one posting: in all, and over the last 7 and 30 Tokyo days. */
export async function jobViewFigures(db: Kysely<Database>, jobId: number, today = tokyoDay()) {
  const sum = (from: string | null) => {
    let q = db
      .selectFrom("job_daily_views")
      .select(sql<number>`coalesce(sum(views), 0)`.as("v"))
      .where("job_id", "=", jobId);
    if (from) q = q.where("day", ">=", from);
    return q.executeTakeFirstOrThrow().then((r) => Number(r.v));
  };
  const [total, last7, last30] = await Promise.all([sum(null), sum(addDays(today, -6)), sum(addDays(today, -29))]);
  return { total, last7, last30 };
}

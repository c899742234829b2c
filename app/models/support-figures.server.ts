import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { SUPPORT_FIGURES, SUPPORT_FIGURES_AS_OF, type SupportFigureKey } from "../../db/support-figures";
import type { SupportFiguresInput } from "~/schemas/support";
import { nowIso } from "~/utils/dates";
import type { Amounts } from "~/utils/support-rules";
import { recordAudit, type Actor } from "./audit.server";

// The support amounts live in `settings` beside the minimum wage (one row per amount and one
// for the day they hold from), so a change reaches the cached public page at once. A key with
// no row falls back to db/support-figures.ts.

const PREFIX = "support.";
const AS_OF_KEY = "support.asOf";
const KEYS = Object.keys(SUPPORT_FIGURES) as SupportFigureKey[];

export type SupportFigures = { asOf: string; amounts: Amounts };

export async function getSupportFigures(db: Kysely<Database>): Promise<SupportFigures> {
  const rows = await db.selectFrom("settings").select(["key", "value"]).where("key", "like", `${PREFIX}%`).execute();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const amounts = Object.fromEntries(
    KEYS.map((key) => {
      const value = Number(stored.get(PREFIX + key));
      return [key, Number.isInteger(value) && value > 0 ? value : SUPPORT_FIGURES[key].yen];
    }),
  ) as Amounts;
  const asOf = stored.get(AS_OF_KEY);
  return { asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : SUPPORT_FIGURES_AS_OF, amounts };
}

/** Stores the amounts staff entered, with one audit entry naming what changed. */
export async function saveSupportFigures(db: Kysely<Database>, actor: Actor, input: SupportFiguresInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getSupportFigures(trx);
    const now = nowIso();
    const changes: Record<string, { from: number | string; to: number | string }> = {};
    const values: Array<[string, string]> = [[AS_OF_KEY, input.asOf]];
    if (before.asOf !== input.asOf) changes.asOf = { from: before.asOf, to: input.asOf };
    for (const key of KEYS) {
      values.push([PREFIX + key, String(input[key])]);
      if (before.amounts[key] !== input[key]) changes[key] = { from: before.amounts[key], to: input[key] };
    }
    if (Object.keys(changes).length === 0) return;
    for (const [key, value] of values) {
      await trx
        .insertInto("settings")
        .values({ key, value, updated_at: now })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value, updated_at: now }))
        .execute();
    }
    await recordAudit(trx, actor, "support_figures.update", { type: "setting", id: "support" }, changes);
  });
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";

// The plan's outcome indicator: repeat offenders among people arrested in the city for
// penal-code offences, from the prefectural police's yearly figures (calendar years).

import { OUTCOME_TARGET } from "~/schemas/stats";
export { OUTCOME_BASELINE, OUTCOME_TARGET } from "~/schemas/stats";

export async function listOutcomeFigures(db: Kysely<Database>) {
  return db.selectFrom("outcome_figures").selectAll().orderBy("year").execute();
}

export type OutcomeInput = { year: number; arrested: number; repeatOffenders: number };

/** Enters or corrects one year's figures. */
export async function saveOutcomeFigures(db: Kysely<Database>, actor: Actor, input: OutcomeInput) {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("outcome_figures")
      .select(["arrested", "repeat_offenders"])
      .where("year", "=", input.year)
      .executeTakeFirst();
    await trx
      .insertInto("outcome_figures")
      .values({
        year: input.year,
        arrested: input.arrested,
        repeat_offenders: input.repeatOffenders,
        updated_at: nowIso(),
      })
      .onConflict((oc) =>
        oc.column("year").doUpdateSet({
          arrested: input.arrested,
          repeat_offenders: input.repeatOffenders,
          updated_at: nowIso(),
        }),
      )
      .execute();
    await recordAudit(trx, actor, "outcome.save", { type: "outcome_figures", id: input.year }, {
      arrested: input.arrested,
      repeatOffenders: input.repeatOffenders,
      before: before ?? null,
    });
  });
}

/** Repeat offenders as a share of people arrested, in percent with one decimal. */
export function repeatRate(arrested: number, repeatOffenders: number): number | null {
  if (arrested <= 0) return null;
  return Math.round((repeatOffenders / arrested) * 1000) / 10;
}

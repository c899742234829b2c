import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";

// The plan's outcome indicator: repeat offenders among people arrested in the city for
// penal-code offences, from the prefectural police's yearly figures (calendar years).

export { OUTCOME_BASELINE, OUTCOME_TARGET } from "~/schemas/stats";
export { outcomeGapText } from "~/utils/outcome-gap";

export async function listOutcomeFigures(db: Kysely<Database>) {
  return db.selectFrom("outcome_figures").selectAll().orderBy("year").execute();
}

export type OutcomeInput = { year: number; arrested: number; repeatOffenders: number; reason?: string };

/**
 * Enters a year's figures, or corrects a year already entered. A correction must say why
 * (the audit entry keeps the reason with the figures before and after); without a reason it
 * is refused with "reason-required" and nothing changes.
 */
export async function saveOutcomeFigures(db: Kysely<Database>, actor: Actor, input: OutcomeInput) {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("outcome_figures")
      .select(["arrested", "repeat_offenders"])
      .where("year", "=", input.year)
      .executeTakeFirst();
    const reason = input.reason?.trim() ?? "";
    if (before && !reason) return "reason-required" as const;
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
    await recordAudit(trx, actor, before ? "outcome.correct" : "outcome.save", { type: "outcome_figures", id: input.year }, {
      arrested: input.arrested,
      repeatOffenders: input.repeatOffenders,
      before: before ? { arrested: before.arrested, repeatOffenders: before.repeat_offenders } : null,
      ...(before ? { reason } : {}),
    });
    return before ? ("corrected" as const) : ("saved" as const);
  });
}

/** Removes a year entered by mistake, with the reason; false when there is no such year. */
export async function removeOutcomeFigures(db: Kysely<Database>, actor: Actor, year: number, reason: string) {
  return db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom("outcome_figures")
      .where("year", "=", year)
      .returning(["arrested", "repeat_offenders"])
      .executeTakeFirst();
    if (!removed) return false;
    await recordAudit(trx, actor, "outcome.remove", { type: "outcome_figures", id: year }, {
      before: { arrested: removed.arrested, repeatOffenders: removed.repeat_offenders },
      reason,
    });
    return true;
  });
}

export async function findOutcomeYear(db: Kysely<Database>, year: number) {
  return db.selectFrom("outcome_figures").selectAll().where("year", "=", year).executeTakeFirst();
}

/** Repeat offenders as a share of people arrested, in percent with one decimal. */
export function repeatRate(arrested: number, repeatOffenders: number): number | null {
  if (arrested <= 0) return null;
  return Math.round((repeatOffenders / arrested) * 1000) / 10;
}

import type { Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// The items a job offer must state under the Employment Security Act's rules as of April
// 2024 (docs/decisions/0014-items-a-job-offer-states.md). Postings written before this
// migration keep NULL, which pages show as 「未記入」 until the employer fills them; the
// social insurance item is the existing `insurance` column.

export const STATED_TERM_COLUMNS = [
  "probation_terms",
  "contract_terms",
  "overtime",
  "smoking_measures",
  "workplace_change_scope",
  "duties_change_scope",
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of STATED_TERM_COLUMNS) {
    await db.schema.alterTable("jobs").addColumn(column, "text").execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of STATED_TERM_COLUMNS) {
    await db.schema.alterTable("jobs").dropColumn(column).execute();
  }
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Paper questionnaires: staff type in the answers of each paper sheet, and results count
// paper and online answers apart and together, so a response says which it was (and still
// nothing about who gave it). Scale questions carry the words for each of their five points
// (a JSON array of five strings; an empty string keeps the default wording).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("survey_responses")
    .addColumn("source", "text", (c) => c.notNull().defaultTo("online").check(sql`source in ('online', 'paper')`))
    .execute();
  await db.schema
    .alterTable("survey_questions")
    .addColumn("scale_labels", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("survey_questions").dropColumn("scale_labels").execute();
  await db.schema.alterTable("survey_responses").dropColumn("source").execute();
}

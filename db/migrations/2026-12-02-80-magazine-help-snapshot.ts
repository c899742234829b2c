import type { Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// The printed magazine carries the help list (/help) on its back pages. A published issue
// never changes, so publishing freezes the list into the issue as JSON, beside the frozen
// postings. Issues published before this column existed keep null: they were printed without
// help pages, and they stay so (docs/decisions/0024).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("magazine_issues").addColumn("help_snapshot", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("magazine_issues").dropColumn("help_snapshot").execute();
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Readings (furigana) are worked out when a text is saved, not when a page is shown:
// text_readings holds, per distinct text, its segments with readings as JSON, keyed by a
// SHA-256 of the text (the text itself is kept to find the texts a dictionary word is in).
// reading_words is the staff's own dictionary: a word and its reading win over the
// analyser; a word marked hard carries a plain alternative for the employers' writing hints.
// Public pages show these readings, so a change to either table bumps content_version like
// the other public tables (see 2026-12-02-03-content-version).

const TABLES = ["text_readings", "reading_words"];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("text_readings")
    .addColumn("hash", "text", (c) => c.primaryKey())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("segments", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("reading_words")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("word", "text", (c) => c.notNull().unique())
    .addColumn("reading", "text", (c) => c.notNull())
    .addColumn("hard", "integer", (c) => c.notNull().defaultTo(0).check(sql`hard in (0, 1)`))
    .addColumn("plain", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  for (const table of TABLES) {
    for (const event of ["insert", "update", "delete"]) {
      await sql`${sql.raw(`create trigger ${table}_content_${event} after ${event} on ${table}`)}
        begin update content_version set version = version + 1 where id = 1; end`.execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    for (const event of ["insert", "update", "delete"]) {
      await sql.raw(`drop trigger if exists ${table}_content_${event}`).execute(db);
    }
  }
  await db.schema.dropTable("reading_words").execute();
  await db.schema.dropTable("text_readings").execute();
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// One number that changes whenever something a public page shows changes, whoever writes
// it (a server process, another worker, the command line). The page cache reads it before
// serving a stored page. Tables that public pages never read (sessions, rate limits, view
// counts, the outbox, the audit log) have no trigger, so their frequent writes keep the
// cache warm. See docs/decisions/0011-page-cache-and-workers.md.

export const PUBLIC_TABLES = [
  "employers",
  "jobs",
  "job_offence_rules",
  "job_revisions",
  "events",
  "event_participants",
  "magazine_issues",
  "magazine_items",
  "settings",
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("content_version")
    .addColumn("id", "integer", (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into content_version (id, version) values (1, 0)`.execute(db);
  for (const table of PUBLIC_TABLES) {
    for (const event of ["insert", "update", "delete"]) {
      await sql`${sql.raw(`create trigger ${table}_content_${event} after ${event} on ${table}`)}
        begin update content_version set version = version + 1 where id = 1; end`.execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of PUBLIC_TABLES) {
    for (const event of ["insert", "update", "delete"]) {
      await sql.raw(`drop trigger if exists ${table}_content_${event}`).execute(db);
    }
  }
  await db.schema.dropTable("content_version").execute();
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// An event's public page shows the seats left, read from event_registrations. A cached copy
// of that page must go when someone registers or cancels, so writes to the table raise the
// content version as writes to the other tables public pages read do (migration
// 2026-12-02-03-content-version).

const EVENTS = ["insert", "update", "delete"];

export async function up(db: Kysely<any>): Promise<void> {
  for (const event of EVENTS) {
    await sql`${sql.raw(`create trigger event_registrations_content_${event} after ${event} on event_registrations`)}
      begin update content_version set version = version + 1 where id = 1; end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const event of EVENTS) {
    await sql.raw(`drop trigger if exists event_registrations_content_${event}`).execute(db);
  }
}

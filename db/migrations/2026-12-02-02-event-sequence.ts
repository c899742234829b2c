import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Calendar programs keep the version of an event with the highest SEQUENCE (RFC 5545
// 3.8.7.4). Without a counter that grows, a moved or cancelled event never replaced the
// copy already in someone's calendar. A trigger raises it on every change of time, place
// or status, whichever code makes the change.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("events")
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await sql`
    create trigger events_sequence after update of starts_at, ends_at, venue, address, status on events
    when old.starts_at is not new.starts_at
      or old.ends_at is not new.ends_at
      or old.venue is not new.venue
      or old.address is not new.address
      or old.status is not new.status
    begin
      update events set sequence = old.sequence + 1 where id = new.id;
    end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists events_sequence`.execute(db);
  await db.schema.alterTable("events").dropColumn("sequence").execute();
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// A company fair's interview timetable and what happened on the day.
// - event_timetables: the interview period (minutes after midnight, Tokyo), slot length,
//   breaks (JSON list of {startMinute, endMinute}), number of tables; when it was built and
//   published. Slots are numbered from these settings, so they cannot change once published.
// - interviews: one person (a registration) meets one employer at one table in one slot; on
//   the day, whether it was held and what the employer said came next.
// - event_checkins: whether a registered person came.
// The registration link is set to null when a registration is removed after the retention
// period, so the fair's figures (arrivals, interviews, outcomes) outlive the names.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("event_timetables")
    .addColumn("event_id", "integer", (c) => c.primaryKey().references("events.id").onDelete("cascade"))
    .addColumn("start_minute", "integer", (c) => c.notNull().check(sql`start_minute between 0 and 1440`))
    .addColumn("end_minute", "integer", (c) => c.notNull().check(sql`end_minute between 0 and 1440`))
    .addColumn("slot_minutes", "integer", (c) => c.notNull().check(sql`slot_minutes between 5 and 240`))
    .addColumn("breaks", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("table_count", "integer", (c) => c.notNull().check(sql`table_count between 1 and 200`))
    .addColumn("built_at", "text")
    .addColumn("published_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("interviews")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("registration_id", "integer", (c) => c.references("event_registrations.id").onDelete("set null"))
    .addColumn("employer_id", "integer", (c) => c.notNull().references("employers.id").onDelete("cascade"))
    .addColumn("slot", "integer", (c) => c.notNull().check(sql`slot >= 0`))
    .addColumn("table_no", "integer", (c) => c.notNull().check(sql`table_no >= 1`))
    .addColumn("rank", "integer")
    .addColumn("held", "integer", (c) => c.notNull().defaultTo(0).check(sql`held in (0, 1)`))
    .addColumn("outcome", "text", (c) => c.check(sql`outcome in ('tour','interview','offer','declined')`))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // The database itself refuses a double booking, whatever the code above it does.
  await db.schema.createIndex("interviews_table_slot").on("interviews").columns(["event_id", "slot", "table_no"]).unique().execute();
  await db.schema.createIndex("interviews_employer_slot").on("interviews").columns(["event_id", "slot", "employer_id"]).unique().execute();
  await db.schema.createIndex("interviews_person_slot").on("interviews").columns(["event_id", "slot", "registration_id"]).unique().execute();
  await db.schema.createIndex("interviews_registration").on("interviews").column("registration_id").execute();
  await db.schema.createIndex("interviews_employer").on("interviews").columns(["employer_id", "event_id"]).execute();

  await db.schema
    .createTable("event_checkins")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("registration_id", "integer", (c) =>
      c.unique().references("event_registrations.id").onDelete("set null"),
    )
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('arrived','no_show')`))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("event_checkins_event").on("event_checkins").column("event_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("event_checkins").execute();
  await db.schema.dropTable("interviews").execute();
  await db.schema.dropTable("event_timetables").execute();
}

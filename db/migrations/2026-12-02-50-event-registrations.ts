import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Registration for events that take it. Staff choose per event: none, registration, or
// registration with interviews (the person ranks the taking-part employers, up to a limit);
// a deadline; capacity (the existing column) with a waiting list when waiting_list = 1.
// A registration keeps a nickname and one way to reach the person, nothing else about
// them; a support worker registering someone adds their organisation and phone. The code
// that opens the private link is kept only as a SHA-256 hash. Past the retention period the
// personal fields are blanked and the code dropped (purged_at set): the row stays, so the
// counts (registered, waiting, cancelled, choices) survive.
//
// Who takes part in an event stays in event_participants. Events also say who they are for
// (audience): the 協力雇用主制度セミナー is for employers and lives apart from the seekers'
// list and calendar. past_reason says why staff recorded an event that had already ended.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("events")
    .addColumn("registration_mode", "text", (c) =>
      c.notNull().defaultTo("none").check(sql`registration_mode in ('none','registration','interviews')`),
    )
    .execute();
  await db.schema.alterTable("events").addColumn("registration_deadline", "text").execute();
  await db.schema
    .alterTable("events")
    .addColumn("max_choices", "integer", (c) => c.check(sql`max_choices is null or max_choices between 1 and 10`))
    .execute();
  await db.schema
    .alterTable("events")
    .addColumn("waiting_list", "integer", (c) => c.notNull().defaultTo(1).check(sql`waiting_list in (0, 1)`))
    .execute();
  await db.schema
    .alterTable("events")
    .addColumn("audience", "text", (c) =>
      c.notNull().defaultTo("seeker").check(sql`audience in ('seeker','employer')`),
    )
    .execute();
  await db.schema
    .alterTable("events")
    .addColumn("past_reason", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql`update events set audience = 'employer' where kind = 'employer_seminar'`.execute(db);

  await db.schema
    .createTable("event_registrations")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.unique())
    .addColumn("nickname", "text", (c) => c.notNull())
    .addColumn("contact_kind", "text", (c) => c.notNull())
    .addColumn("contact", "text", (c) => c.notNull())
    .addColumn("on_behalf_organisation", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("on_behalf_phone", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("moved_up_at", "text")
    .addColumn("cancelled_at", "text")
    .addColumn("purged_at", "text")
    .addCheckConstraint("event_registrations_status", sql`status in ('registered','waiting','cancelled')`)
    .addCheckConstraint("event_registrations_contact_kind", sql`contact_kind in ('phone','email','')`)
    .addCheckConstraint(
      "event_registrations_code",
      sql`(purged_at is null and code_hash is not null) or (purged_at is not null and code_hash is null)`,
    )
    .execute();
  await db.schema
    .createIndex("event_registrations_event_idx")
    .on("event_registrations")
    .columns(["event_id", "status", "created_at", "id"])
    .execute();

  await db.schema
    .createTable("registration_choices")
    .addColumn("registration_id", "integer", (c) =>
      c.notNull().references("event_registrations.id").onDelete("cascade"),
    )
    .addColumn("employer_id", "integer", (c) => c.notNull().references("employers.id").onDelete("restrict"))
    .addColumn("rank", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("registration_choices_pk", ["registration_id", "rank"])
    .addUniqueConstraint("registration_choices_once", ["registration_id", "employer_id"])
    .addCheckConstraint("registration_choices_rank", sql`rank between 1 and 10`)
    .execute();
  await db.schema
    .createIndex("registration_choices_employer_idx")
    .on("registration_choices")
    .columns(["employer_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("registration_choices").execute();
  await db.schema.dropTable("event_registrations").execute();
  for (const column of ["past_reason", "audience", "waiting_list", "max_choices", "registration_deadline", "registration_mode"]) {
    await db.schema.alterTable("events").dropColumn(column).execute();
  }
}

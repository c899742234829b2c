import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// The checks after a hire, on the schedule the employment incentive pays by: each month for
// the first six months, then at 9 and 12 months. One row per check; the answers hold counts
// and yes/no only, nothing about the person.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("hire_follow_ups")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("hire_report_id", "integer", (c) => c.notNull().references("hire_reports.id").onDelete("cascade"))
    .addColumn("months_after", "integer", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("answered_at", "text")
    .addColumn("still_working", "integer")
    .addColumn("trouble", "integer")
    .addColumn("wants_help", "integer")
    .addColumn("reminded_at", "text")
    .addCheckConstraint("hire_follow_ups_months", sql`months_after in (1, 2, 3, 4, 5, 6, 9, 12)`)
    .addCheckConstraint("hire_follow_ups_due", sql`length(due_on) = 10`)
    .addCheckConstraint("hire_follow_ups_working", sql`still_working is null or still_working between 0 and 999`)
    .addCheckConstraint("hire_follow_ups_trouble", sql`trouble is null or trouble in (0, 1)`)
    .addCheckConstraint("hire_follow_ups_help", sql`wants_help is null or wants_help in (0, 1)`)
    .addUniqueConstraint("hire_follow_ups_once", ["hire_report_id", "months_after"])
    .execute();
  await db.schema.createIndex("hire_follow_ups_due_idx").on("hire_follow_ups").columns(["due_on", "answered_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("hire_follow_ups").execute();
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// A contact request ends in one of three ways: passed on to the employer, handled another
// way (対応済み), or not possible (対応できなかった), the last two with a note. A forward
// also keeps the addresses it went to.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("contact_requests")
    .addColumn("outcome", "text", (c) => c.check(sql`outcome in ('forwarded','done','unable')`))
    .execute();
  await db.schema
    .alterTable("contact_requests")
    .addColumn("outcome_note", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("contact_forwards")
    .addColumn("recipients", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  // Requests forwarded before this ran were left 未対応; they count as handled now.
  await sql`update contact_requests set outcome = 'forwarded' where forwarded_at is not null`.execute(db);
  await sql`update contact_requests set status = 'handled', handled_at = coalesce(handled_at, forwarded_at)
    where forwarded_at is not null`.execute(db);
  await sql`update contact_requests set outcome = 'done' where status = 'handled' and outcome is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("contact_forwards").dropColumn("recipients").execute();
  await db.schema.alterTable("contact_requests").dropColumn("outcome_note").execute();
  await db.schema.alterTable("contact_requests").dropColumn("outcome").execute();
}

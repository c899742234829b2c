import type { Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// New-job alerts by mail. Only what sending needs: the address, the search (a /jobs query
// string, never the offence choice), a hash of the secret link's token, and dates. A row is
// deleted when the person stops the mails, or when it is not confirmed within 7 days.
// Mail headers (List-Unsubscribe) travel with a mail in the outbox.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("job_alerts")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("search", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    // Postings approved after this moment are new to the person.
    .addColumn("news_since", "text", (c) => c.notNull())
    // The Tokyo day of the last mail: at most one a day.
    .addColumn("last_sent_day", "text")
    .execute();
  await db.schema.createIndex("job_alerts_unconfirmed").on("job_alerts").columns(["confirmed_at", "created_at"]).execute();
  await db.schema
    .alterTable("outbox")
    .addColumn("headers", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").dropColumn("headers").execute();
  await db.schema.dropTable("job_alerts").execute();
}

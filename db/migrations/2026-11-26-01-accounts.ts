import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
// Times are ISO-8601 strings in UTC ("2026-12-03T04:30:00.000Z"); calendar dates are
// "YYYY-MM-DD" in Asia/Tokyo; booleans are 0/1.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("employers")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_kana", "text", (c) => c.notNull())
    .addColumn("industry", "text", (c) => c.notNull())
    .addColumn("postal_code", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("ward", "text", (c) => c.notNull())
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("website", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("employee_count", "integer")
    .addColumn("profile", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("message", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("registration", "text", (c) => c.notNull())
    .addColumn("registration_confirmed_at", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("status_reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("approved_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "employers_industry",
      sql`industry in ('construction','care','manufacturing','food','transport','cleaning','agriculture','retail','other')`,
    )
    .addCheckConstraint(
      "employers_ward",
      sql`ward in ('chuo','higashi','nishi','minami','kita','outside')`,
    )
    .addCheckConstraint(
      "employers_registration",
      sql`registration in ('registered','in_progress','not_yet')`,
    )
    .addCheckConstraint(
      "employers_status",
      sql`status in ('pending','approved','rejected','suspended')`,
    )
    .addCheckConstraint(
      "employers_employee_count",
      sql`employee_count is null or employee_count >= 0`,
    )
    .execute();
  await db.schema.createIndex("employers_status_idx").on("employers").column("status").execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("employer_id", "integer", (c) => c.references("employers.id").onDelete("restrict"))
    .addColumn("display_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("disabled_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint("users_role", sql`role in ('employer','staff')`)
    .addCheckConstraint(
      "users_role_employer",
      sql`(role = 'staff' and employer_id is null) or (role = 'employer' and employer_id is not null)`,
    )
    .addCheckConstraint("users_email_lower", sql`email = lower(email)`)
    .execute();
  await db.schema.createIndex("users_employer_idx").on("users").column("employer_id").execute();

  // Only a SHA-256 of the session secret is stored: a copy of this table cannot be replayed.
  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("secret_hash", "blob", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("password_resets")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();

  // Counted events for throttling (failed logins, contact requests). The key is a hash of
  // the client address, never the address itself.
  await db.schema
    .createTable("rate_limit_hits")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("bucket", "text", (c) => c.notNull())
    .addColumn("key_hash", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("rate_limit_hits_lookup_idx")
    .on("rate_limit_hits")
    .columns(["bucket", "key_hash", "occurred_at"])
    .execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addCheckConstraint("outbox_status", sql`status in ('pending','sent','logged','failed')`)
    .execute();
  await db.schema.createIndex("outbox_status_idx").on("outbox").column("status").execute();

  // Append-only: the triggers below refuse every UPDATE and DELETE.
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("restrict"))
    .addColumn("actor_email", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_log_entity_idx")
    .on("audit_log")
    .columns(["entity_type", "entity_id"])
    .execute();
  await db.schema.createIndex("audit_log_created_idx").on("audit_log").column("created_at").execute();
  // SQLite-specific: the append-only rule as triggers (PostgreSQL would use a rule or REVOKE).
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);

  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "settings",
    "audit_log",
    "outbox",
    "rate_limit_hits",
    "password_resets",
    "sessions",
    "users",
    "employers",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}

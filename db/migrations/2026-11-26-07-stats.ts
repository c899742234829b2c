import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Contact requests are deleted after the retention period (90 days by default), but the
// yearly figures must still count them. Triggers keep a tally per Tokyo month
// ("YYYY-MM", UTC + 9 hours: Japan keeps no daylight saving time) that holds no personal
// data and survives the deletion. app/models/stats.server.ts reads it.

const TOKYO_MONTH = (column: string) => sql.raw(`strftime('%Y-%m', ${column}, '+9 hours')`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("contact_request_counts")
    .addColumn("month", "text", (c) => c.primaryKey())
    .addColumn("received", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("handled", "integer", (c) => c.notNull().defaultTo(0))
    .addCheckConstraint("contact_request_counts_values", sql`received >= 0 and handled >= 0`)
    .execute();

  await sql`
    create trigger contact_requests_count_received after insert on contact_requests
    begin
      insert into contact_request_counts (month, received) values (${TOKYO_MONTH("new.created_at")}, 1)
        on conflict (month) do update set received = received + 1;
      insert into contact_request_counts (month, handled)
        select ${TOKYO_MONTH("new.handled_at")}, 1 where new.handled_at is not null
        on conflict (month) do update set handled = handled + 1;
    end`.execute(db);

  await sql`
    create trigger contact_requests_count_handled after update of handled_at on contact_requests
    when old.handled_at is null and new.handled_at is not null
    begin
      insert into contact_request_counts (month, handled) values (${TOKYO_MONTH("new.handled_at")}, 1)
        on conflict (month) do update set handled = handled + 1;
    end`.execute(db);

  // Requests already stored when this runs are counted once, here.
  await sql`
    insert into contact_request_counts (month, received, handled)
    select month, sum(received), sum(handled) from (
      select ${TOKYO_MONTH("created_at")} as month, 1 as received, 0 as handled from contact_requests
      union all
      select ${TOKYO_MONTH("handled_at")}, 0, 1 from contact_requests where handled_at is not null
    ) group by month`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists contact_requests_count_handled`.execute(db);
  await sql`drop trigger if exists contact_requests_count_received`.execute(db);
  await db.schema.dropTable("contact_request_counts").execute();
}

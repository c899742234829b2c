import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Public lists are ordered by published_at, then id, newest first. An index whose columns
// after the filters' equalities are (published_at, id) gives that whole order, so a list
// stops once it has what it needs, without sorting. jobs_status_published_idx (status, published_at)
// gave it too, through the rowid every index ends with; SQLite therefore chose it for
// every list and read each posting's table row (its long description included) to test
// the end date, the ward and the flags: 40 ms for a ward with two flags at 100,000
// postings, where the covering ward index needs 2 ms. With id placed after published_at,
// the covering indexes give the whole order as well, and the bare one is dropped:
// jobs_public_newest_idx starts with the same two columns. That index now also holds every
// column a filter tests, as the ward and industry indexes do: a search by flags or type
// alone (寮あり, パート) walks it without reading a posting's row.

const COVER = [
  "end_date",
  "employment_type",
  "pay_unit",
  "pay_min",
  "housing",
  "meals",
  "no_experience",
  "qualification_support",
  "guarantor_not_needed",
  "employer_guarantor",
  "facility_interview",
  "probation_ok",
  "employer_id",
];

async function newest(db: Kysely<any>, withId: boolean) {
  const id = withId ? ["id"] : [];
  await db.schema.dropIndex("jobs_public_newest_idx").execute();
  await db.schema
    .createIndex("jobs_public_newest_idx")
    .on("jobs")
    .columns(withId ? ["status", "published_at", "id", "ward", "industry", ...COVER] : ["status", "published_at", "end_date", "employer_id"])
    .execute();
  await db.schema.dropIndex("jobs_ward_idx").execute();
  await db.schema
    .createIndex("jobs_ward_idx")
    .on("jobs")
    .columns(["ward", "status", "published_at", ...id, "industry", ...COVER])
    .execute();
  await db.schema.dropIndex("jobs_industry_idx").execute();
  await db.schema
    .createIndex("jobs_industry_idx")
    .on("jobs")
    .columns(["industry", "status", "published_at", ...id, "ward", ...COVER])
    .execute();
}

/**
 * Pay as a monthly figure, as the list sorts by it (app/models/job-search.server.ts
 * MONTHLY_PAY): SQLite uses an index on an expression only for the same expression.
 */
const MONTHLY_PAY = sql`(case pay_unit when 'hour' then pay_min * 168 when 'day' then pay_min * 21 else pay_min end)`;

export async function up(db: Kysely<any>): Promise<void> {
  await newest(db, true);
  // By pay, then newest first: a list sorted by pay stops once it is full as well, instead
  // of sorting every public posting (36 → 9 ms at 100,000).
  await db.schema
    .createIndex("jobs_pay_order_idx")
    .on("jobs")
    .expression(sql`status, ${MONTHLY_PAY}, published_at, id, ward, industry, ${sql.join(COVER.map((c) => sql.ref(c)))}`)
    .execute();
  await db.schema.dropIndex("jobs_status_published_idx").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("jobs_pay_order_idx").execute();
  await db.schema.createIndex("jobs_status_published_idx").on("jobs").columns(["status", "published_at"]).execute();
  await newest(db, false);
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// What a search at 100,000 postings reads (docs/decisions/0025-search-speed.md):
// - job_search_head: a second FTS5 index over the title-and-facts column alone, kept by
//   triggers on job_search_text as job_search is. Finding the postings whose title or facts
//   hold a word through job_search's column filter decoded every match of the word in any
//   column (a word in a third of all descriptions, to find the few titles that hold it).
// - job_offence_rules_refused: the categories each posting refuses (不可), a small index that
//   holds them whole; a results page reads them for up to 1,000 postings.
// - jobs_public_newest_idx: postings newest first with what every public list tests (the end
//   date, the employer), so walking them reads no job row.

const HEAD_TRIGGERS = ["job_search_head_ai", "job_search_head_ad", "job_search_head_au"];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create virtual table job_search_head using fts5(
    head, content='job_search_text', content_rowid='job_id', tokenize='trigram'
  )`.execute(db);
  await sql`create trigger job_search_head_ai after insert on job_search_text begin
    insert into job_search_head(rowid, head) values (new.job_id, new.head);
  end`.execute(db);
  await sql`create trigger job_search_head_ad after delete on job_search_text begin
    insert into job_search_head(job_search_head, rowid, head) values ('delete', old.job_id, old.head);
  end`.execute(db);
  await sql`create trigger job_search_head_au after update of head on job_search_text begin
    insert into job_search_head(job_search_head, rowid, head) values ('delete', old.job_id, old.head);
    insert into job_search_head(rowid, head) values (new.job_id, new.head);
  end`.execute(db);
  await sql`insert into job_search_head(job_search_head) values ('rebuild')`.execute(db);

  await sql`create index job_offence_rules_refused on job_offence_rules (job_id, category)
    where acceptance = 'no'`.execute(db);
  await db.schema
    .createIndex("jobs_public_newest_idx")
    .on("jobs")
    .columns(["status", "published_at", "end_date", "employer_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("jobs_public_newest_idx").execute();
  await db.schema.dropIndex("job_offence_rules_refused").execute();
  for (const trigger of HEAD_TRIGGERS) await sql`drop trigger ${sql.ref(trigger)}`.execute(db);
  await sql`drop table job_search_head`.execute(db);
}

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Keyword search over postings. job_search_text holds, per job, one plain text made of
// everything a seeker may type a word from: title, description, employer name and kana,
// workplace and employer address, and the ward's name. job_search is an FTS5 index of that
// text with the trigram tokenizer (any substring of three characters or more). Shorter
// words are looked up through job_search_vocab, the index's own list of trigrams: every
// occurrence of a one- or two-character word begins some trigram, because each field is
// followed by two line breaks. Triggers keep both right whenever a job or an employer
// changes, whoever changes it (the review screens, scripts, tests).

const WARD_NAME = sql`case j.ward
  when 'chuo' then '中央区' when 'higashi' then '東区' when 'nishi' then '西区'
  when 'minami' then '南区' when 'kita' then '北区' else '熊本市外' end`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create view job_search_source as
    select j.id as job_id,
      j.title || char(10) || j.description || char(10) || e.name || char(10) || e.name_kana
        || char(10) || j.workplace_address || char(10) || e.address || char(10) || ${WARD_NAME}
        || char(10) || char(10) as body
    from jobs j join employers e on e.id = j.employer_id`.execute(db);

  await sql`create table job_search_text (
    job_id integer primary key,
    body text not null
  )`.execute(db);

  await sql`create virtual table job_search using fts5(
    body, content='job_search_text', content_rowid='job_id', tokenize='trigram'
  )`.execute(db);
  await sql`create virtual table job_search_vocab using fts5vocab(job_search, 'row')`.execute(db);

  // The external-content pattern from the FTS5 documentation: the index follows the table.
  await sql`create trigger job_search_text_ai after insert on job_search_text begin
    insert into job_search(rowid, body) values (new.job_id, new.body);
  end`.execute(db);
  await sql`create trigger job_search_text_ad after delete on job_search_text begin
    insert into job_search(job_search, rowid, body) values ('delete', old.job_id, old.body);
  end`.execute(db);
  await sql`create trigger job_search_text_au after update on job_search_text begin
    insert into job_search(job_search, rowid, body) values ('delete', old.job_id, old.body);
    insert into job_search(rowid, body) values (new.job_id, new.body);
  end`.execute(db);

  await sql`create trigger jobs_search_ai after insert on jobs begin
    insert into job_search_text(job_id, body)
      select job_id, body from job_search_source where job_id = new.id;
  end`.execute(db);
  await sql`create trigger jobs_search_au
    after update of title, description, workplace_address, ward, employer_id on jobs begin
    update job_search_text
      set body = (select body from job_search_source where job_id = new.id)
      where job_id = new.id;
  end`.execute(db);
  await sql`create trigger jobs_search_ad after delete on jobs begin
    delete from job_search_text where job_id = old.id;
  end`.execute(db);
  await sql`create trigger employers_search_au after update of name, name_kana, address on employers begin
    update job_search_text
      set body = (select s.body from job_search_source s where s.job_id = job_search_text.job_id)
      where job_id in (select id from jobs where employer_id = new.id);
  end`.execute(db);

  await sql`insert into job_search_text(job_id, body) select job_id, body from job_search_source`.execute(db);

  // Every column a search filters or sorts on, so that counting and choosing a page's
  // postings reads this index alone: a jobs row carries its long description before the
  // flags and pay, and reading it (overflow pages and all) was most of a search's time.
  await db.schema
    .createIndex("jobs_facts_idx")
    .on("jobs")
    .columns([
      "status",
      "end_date",
      "ward",
      "industry",
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
      "published_at",
      "employer_id",
    ])
    .execute();
  // The two filters almost every search uses: rows come out newest first (a page of twenty
  // or "similar jobs" stops early), and the filter columns ride along, so SQLite picks
  // these indexes and needs no table row even without ANALYZE statistics.
  const cover = [
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
  await db.schema
    .createIndex("jobs_ward_idx")
    .on("jobs")
    .columns(["ward", "status", "published_at", "industry", ...cover])
    .execute();
  await db.schema
    .createIndex("jobs_industry_idx")
    .on("jobs")
    .columns(["industry", "status", "published_at", "ward", ...cover])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ["jobs_industry_idx", "jobs_ward_idx", "jobs_facts_idx"]) {
    await db.schema.dropIndex(index).execute();
  }
  for (const trigger of [
    "employers_search_au",
    "jobs_search_ad",
    "jobs_search_au",
    "jobs_search_ai",
    "job_search_text_au",
    "job_search_text_ad",
    "job_search_text_ai",
  ]) {
    await sql`drop trigger ${sql.ref(trigger)}`.execute(db);
  }
  await sql`drop table job_search_vocab`.execute(db);
  await sql`drop table job_search`.execute(db);
  await sql`drop table job_search_text`.execute(db);
  await sql`drop view job_search_source`.execute(db);
}

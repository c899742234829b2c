import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// The searchable text of a posting is now written by the app, not by SQL triggers: it needs
// Unicode folding (NFKC, katakana to hiragana) and readings from the analyser, which SQLite
// cannot do. Two columns: head (title, the posting's facts as words, synonyms: ranked first)
// and body (description, employer, addresses), both folded, with their readings.
//
// So that no path that changes a posting, an employer or an event is forgotten, triggers
// put the changed row in text_queue; the app settles the queue (readings stored, search text
// rewritten) right after each save and approval, at start and in the seed. A new posting is
// findable at once by its plain title and description until then.

const JOB_TEXT_COLUMNS = [
  "title", "description", "employment_type", "industry", "workplace_address", "ward", "pay_note",
  "hours", "days_off", "insurance", "licenses", "benefits", "no_experience", "qualification_support",
  "housing", "meals", "guarantor_not_needed", "employer_guarantor", "facility_interview",
  "probation_ok", "how_to_apply", "employer_id",
];
const EMPLOYER_TEXT_COLUMNS = ["name", "name_kana", "address", "industry", "profile", "message"];
const EVENT_TEXT_COLUMNS = ["title", "description", "venue", "address", "how_to_join", "what_to_bring"];

const OLD_TRIGGERS = ["employers_search_au", "jobs_search_ad", "jobs_search_au", "jobs_search_ai"];
const FTS_TRIGGERS = ["job_search_text_au", "job_search_text_ad", "job_search_text_ai"];
const QUEUE_TRIGGERS = ["jobs_queue_ai", "jobs_queue_au", "jobs_text_ad", "employers_queue_ai", "employers_queue_au", "events_queue_ai", "events_queue_au"];

export async function up(db: Kysely<any>): Promise<void> {
  for (const trigger of [...OLD_TRIGGERS, ...FTS_TRIGGERS]) await sql`drop trigger ${sql.ref(trigger)}`.execute(db);
  await sql`drop view job_search_source`.execute(db);
  await sql`drop table job_search_vocab`.execute(db);
  await sql`drop table job_search`.execute(db);
  await sql`drop table job_search_text`.execute(db);

  await sql`create table job_search_text (
    job_id integer primary key,
    head text not null,
    body text not null
  )`.execute(db);
  await sql`create virtual table job_search using fts5(
    head, body, content='job_search_text', content_rowid='job_id', tokenize='trigram'
  )`.execute(db);
  await sql`create virtual table job_search_vocab using fts5vocab(job_search, 'row')`.execute(db);
  await sql`create trigger job_search_text_ai after insert on job_search_text begin
    insert into job_search(rowid, head, body) values (new.job_id, new.head, new.body);
  end`.execute(db);
  await sql`create trigger job_search_text_ad after delete on job_search_text begin
    insert into job_search(job_search, rowid, head, body) values ('delete', old.job_id, old.head, old.body);
  end`.execute(db);
  await sql`create trigger job_search_text_au after update of head, body on job_search_text begin
    insert into job_search(job_search, rowid, head, body) values ('delete', old.job_id, old.head, old.body);
    insert into job_search(rowid, head, body) values (new.job_id, new.head, new.body);
  end`.execute(db);

  await sql`create table text_queue (
    entity text not null check (entity in ('job', 'employer', 'event')),
    entity_id integer not null,
    primary key (entity, entity_id)
  ) without rowid`.execute(db);

  const queue = (entity: string, id: string) =>
    sql.raw(`insert or ignore into text_queue (entity, entity_id) values ('${entity}', ${id});`);
  await sql`create trigger jobs_queue_ai after insert on jobs begin
    insert into job_search_text (job_id, head, body)
      values (new.id, new.title || char(10) || char(10), new.description || char(10) || char(10));
    ${queue("job", "new.id")}
  end`.execute(db);
  await sql`${sql.raw(`create trigger jobs_queue_au after update of ${JOB_TEXT_COLUMNS.join(", ")} on jobs`)} begin
    ${queue("job", "new.id")}
  end`.execute(db);
  await sql`create trigger jobs_text_ad after delete on jobs begin
    delete from job_search_text where job_id = old.id;
    delete from text_queue where entity = 'job' and entity_id = old.id;
  end`.execute(db);
  await sql`create trigger employers_queue_ai after insert on employers begin ${queue("employer", "new.id")} end`.execute(db);
  await sql`${sql.raw(`create trigger employers_queue_au after update of ${EMPLOYER_TEXT_COLUMNS.join(", ")} on employers`)} begin
    ${queue("employer", "new.id")}
  end`.execute(db);
  await sql`create trigger events_queue_ai after insert on events begin ${queue("event", "new.id")} end`.execute(db);
  await sql`${sql.raw(`create trigger events_queue_au after update of ${EVENT_TEXT_COLUMNS.join(", ")} on events`)} begin
    ${queue("event", "new.id")}
  end`.execute(db);

  // Every existing row waits for the app (it settles the queue when it starts); meanwhile
  // the plain title and description keep postings findable.
  await sql`insert into job_search_text (job_id, head, body)
    select id, title || char(10) || char(10), description || char(10) || char(10) from jobs`.execute(db);
  await sql`insert into text_queue (entity, entity_id) select 'job', id from jobs`.execute(db);
  await sql`insert into text_queue (entity, entity_id) select 'employer', id from employers`.execute(db);
  await sql`insert into text_queue (entity, entity_id) select 'event', id from events`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const trigger of [...QUEUE_TRIGGERS, ...FTS_TRIGGERS]) await sql`drop trigger ${sql.ref(trigger)}`.execute(db);
  await sql`drop table text_queue`.execute(db);
  await sql`drop table job_search_vocab`.execute(db);
  await sql`drop table job_search`.execute(db);
  await sql`drop table job_search_text`.execute(db);
  // The trigger-written index of 2026-11-26-03-job-search, filled again from the rows.
  const wardName = `case j.ward when 'chuo' then '中央区' when 'higashi' then '東区' when 'nishi' then '西区'
    when 'minami' then '南区' when 'kita' then '北区' else '熊本市外' end`;
  await sql`${sql.raw(`create view job_search_source as select j.id as job_id,
      j.title || char(10) || j.description || char(10) || e.name || char(10) || e.name_kana
        || char(10) || j.workplace_address || char(10) || e.address || char(10) || ${wardName}
        || char(10) || char(10) as body
    from jobs j join employers e on e.id = j.employer_id`)}`.execute(db);
  await sql`create table job_search_text (job_id integer primary key, body text not null)`.execute(db);
  await sql`create virtual table job_search using fts5(body, content='job_search_text', content_rowid='job_id', tokenize='trigram')`.execute(db);
  await sql`create virtual table job_search_vocab using fts5vocab(job_search, 'row')`.execute(db);
  await sql`create trigger job_search_text_ai after insert on job_search_text begin
    insert into job_search(rowid, body) values (new.job_id, new.body); end`.execute(db);
  await sql`create trigger job_search_text_ad after delete on job_search_text begin
    insert into job_search(job_search, rowid, body) values ('delete', old.job_id, old.body); end`.execute(db);
  await sql`create trigger job_search_text_au after update on job_search_text begin
    insert into job_search(job_search, rowid, body) values ('delete', old.job_id, old.body);
    insert into job_search(rowid, body) values (new.job_id, new.body); end`.execute(db);
  await sql`create trigger jobs_search_ai after insert on jobs begin
    insert into job_search_text(job_id, body) select job_id, body from job_search_source where job_id = new.id; end`.execute(db);
  await sql`create trigger jobs_search_au after update of title, description, workplace_address, ward, employer_id on jobs begin
    update job_search_text set body = (select body from job_search_source where job_id = new.id) where job_id = new.id; end`.execute(db);
  await sql`create trigger jobs_search_ad after delete on jobs begin delete from job_search_text where job_id = old.id; end`.execute(db);
  await sql`create trigger employers_search_au after update of name, name_kana, address on employers begin
    update job_search_text set body = (select s.body from job_search_source s where s.job_id = job_search_text.job_id)
      where job_id in (select id from jobs where employer_id = new.id); end`.execute(db);
  await sql`insert into job_search_text(job_id, body) select job_id, body from job_search_source`.execute(db);
}

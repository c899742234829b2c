import type SQLite from "better-sqlite3";
import type { Kysely } from "kysely";
import type { Database, Employer, Job } from "../db/types";
import { readingOverrides, textHash } from "../app/models/readings.server";
import {
  employerTexts,
  jobFactWords,
  jobTexts,
  SEARCH_TEXT_KEY,
  searchColumns,
  searchTextSignature,
} from "../app/models/search-text.server";
import { analyse } from "../app/utils/analyser.server";
import { fillBenchDatabase } from "./bench-data";
import type { Segment } from "../app/utils/segments";

// The readings and search text of a freshly filled benchmark database, written in bulk: the
// same rows settleTexts writes (same texts, same analyser, same searchColumns), without its
// costs that only a one-by-one save has: one upsert and one FTS5 delete-and-insert per
// posting, the trigram index updated 100,000 times. Here the indexes are built once at the end
// ('rebuild' from job_search_text). tests/unit/bench-search-text.test.ts checks that both
// ways store the same data.

const FTS_TRIGGERS = [
  "job_search_text_ai", "job_search_text_ad", "job_search_text_au",
  "job_search_head_ai", "job_search_head_ad", "job_search_head_au",
];

/**
 * Fills a migrated, empty database with `count` postings (fillBenchDatabase) and writes their
 * readings and search text as the app would. The FTS5 triggers are off while it writes (the
 * database is the benchmark's own) and are put back as they were.
 */
export async function fillBenchWithSearchText(
  db: Kysely<Database>,
  sqlite: SQLite.Database,
  count: number,
  today: string,
  now: string,
) {
  const triggers = sqlite
    .prepare(`select sql from sqlite_master where type = 'trigger' and name in (${FTS_TRIGGERS.map(() => "?").join(",")})`)
    .pluck()
    .all(...FTS_TRIGGERS) as string[];
  if (triggers.length !== FTS_TRIGGERS.length) throw new Error("the search index triggers are not as expected");
  for (const name of FTS_TRIGGERS) sqlite.exec(`drop trigger ${name}`);
  let t = performance.now();
  const lap = (what: string) => { if (process.env.BENCH_LAPS) console.log(what, Math.round(performance.now() - t)); t = performance.now(); };
  fillBenchDatabase(sqlite, count, today);
  lap("rows");
  const jobs = (await db.selectFrom("jobs").selectAll().execute()) as Job[];
  const employers = new Map<number, Employer>();
  for (const e of await db.selectFrom("employers").selectAll().execute()) employers.set(e.id, e);

  // Every text settleTexts asks readings for, each analysed once (the analyser keeps the
  // readings of the sentences the texts share).
  const texts = new Set<string>();
  for (const e of employers.values()) for (const t of employerTexts(e)) texts.add(t);
  for (const job of jobs) {
    for (const t of jobTexts(job)) texts.add(t);
    texts.add(jobFactWords(job));
  }
  texts.delete("");
  const overrides = await readingOverrides(db);
  const readings = new Map<string, Segment[]>();
  for (const text of texts) readings.set(text, await analyse(text, overrides));

  lap("analysed");
  const insertReading = sqlite.prepare(
    "insert or replace into text_readings (hash, text, segments, updated_at) values (?, ?, ?, ?)",
  );
  const writeText = sqlite.prepare("insert or replace into job_search_text (job_id, head, body) values (?, ?, ?)");
  sqlite.transaction(() => {
    for (const [text, segments] of readings) insertReading.run(textHash(text), text, JSON.stringify(segments), now);
    for (const job of jobs) {
      const employer = employers.get(job.employer_id);
      if (!employer) continue;
      const { head, body } = searchColumns(job, employer, readings);
      writeText.run(job.id, head, body);
    }
    lap("written");
    sqlite.exec("insert into job_search (job_search) values ('rebuild')");
    sqlite.exec("insert into job_search_head (job_search_head) values ('rebuild')");
    lap("rebuilt");
    for (const create of triggers) sqlite.exec(create);
    sqlite.exec("delete from text_queue");
    sqlite
      .prepare("insert or replace into settings (key, value, updated_at) values (?, ?, ?)")
      .run(SEARCH_TEXT_KEY, searchTextSignature(), now);
  })();
}

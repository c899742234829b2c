import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareSearchText } from "../../app/models/search-text.server";
import { analyse } from "../../app/utils/analyser.server";
import { migrateToLatest } from "../../db/migrate";
import { openDatabase } from "../../db/sqlite";
import { fillBenchDatabase } from "../../scripts/bench-data";
import { fillBenchWithSearchText } from "../../scripts/bench-search-text";

// The benchmark writes readings and search text in bulk; what it stores must be what the app
// stores when it settles the same postings one batch at a time, or the figures measure
// another index.

beforeAll(() => analyse("漢字"), 60_000);

const TODAY = "2026-12-02";
const NOW = "2026-12-02T00:00:00.000Z";

async function stored(byTheApp: boolean) {
  const conn = openDatabase(":memory:");
  await migrateToLatest(conn.db);
  if (byTheApp) {
    fillBenchDatabase(conn.sqlite, 240, TODAY);
    await prepareSearchText(conn.db, NOW);
  } else {
    await fillBenchWithSearchText(conn.db, conn.sqlite, 240, TODAY, NOW);
  }
  const all = (query: string) => conn.sqlite.prepare(query).all();
  const matches = (phrase: string) =>
    all(`select rowid from job_search where job_search match '${phrase}' order by rowid`).length;
  const head = (phrase: string) =>
    all(`select rowid from job_search_head where job_search_head match '${phrase}' order by rowid`).length;
  const result = {
    searchText: all("select job_id, head, body from job_search_text order by job_id"),
    readings: all("select hash, text, segments from text_readings order by hash"),
    queue: all("select * from text_queue"),
    version: all("select key, value from settings where key = 'search_text_version'"),
    triggers: all("select name, sql from sqlite_master where type = 'trigger' order by name"),
    headFound: ["\"未経験\"", "\"ふぉーくりふと\"", "\"りょう\""].map(head),
    found: ["\"かいご\"", "\"りょう\"", "\"正社員\"", "head : \"未経験\"", "\"ふぉーくりふと\""].map(matches),
  };
  // The indexes are whole: FTS5's own check compares each with job_search_text.
  await sql`insert into job_search (job_search) values ('integrity-check')`.execute(conn.db);
  await sql`insert into job_search_head (job_search_head) values ('integrity-check')`.execute(conn.db);
  await conn.db.destroy();
  return result;
}

describe("the benchmark's bulk search text", () => {
  it("stores the same readings, search text and index as settling the queue does", async () => {
    const [app, bulk] = await Promise.all([stored(true), stored(false)]);
    expect(bulk.searchText.length).toBe(240);
    expect(bulk.searchText).toEqual(app.searchText);
    expect(bulk.readings).toEqual(app.readings);
    expect(bulk.queue).toEqual([]);
    expect(bulk.version).toEqual(app.version);
    expect(bulk.triggers).toEqual(app.triggers);
    expect(bulk.found).toEqual(app.found);
    expect(bulk.found.every((n) => n > 0)).toBe(true);
    expect(bulk.headFound).toEqual(app.headFound);
    // The title-and-facts index finds what the column filter of the whole index finds.
    expect(bulk.headFound[0]).toBe(bulk.found[3]);
    expect(bulk.headFound.every((n) => n > 0)).toBe(true);
  }, 120_000);
});

// npm run bench:search (vite-node scripts/bench-search.ts): the SQL time of each search of
// `npm run bench`, measured again on the benchmark's existing database, without filling it
// anew and without a server: `searchJobs` in this process, mean of BENCH_ROUNDS rounds after
// one warm-up. The database is filled (as `npm run bench` fills it) only when it is missing;
// migrations newer than the file are applied to it first.
//
// Environment: BENCH_SIZE (default 100000), BENCH_DIR (default .cache/bench), BENCH_ROUNDS
// (default 10), BENCH_URLS (searches separated by spaces, instead of the benchmark's),
// BENCH_QUERIES=1 (also each SQL statement's mean time, to see which one costs), BENCH_CHECK=1
// (also compares each search's whole list with the lists every other way gives),
// BENCH_TUNING (JSON merged into SEARCH_TUNING, to time another way: '{"lookUp":false}').
// With --write the table goes to BENCHMARKS.md between the search-bench markers of its size.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Kysely, SqliteDialect } from "kysely";
import { SEARCH_TUNING, searchJobs } from "../app/models/job-search.server";
import { prepareSearchText } from "../app/models/search-text.server";
import { parseJobSearch } from "../app/schemas/job-search";
import { tokyoDay } from "../app/utils/dates";
import { migrateToLatest } from "../db/migrate";
import { openDatabase } from "../db/sqlite";
import type { Database } from "../db/types";
import { SEARCHES } from "./bench-data";
import { fillBenchWithSearchText } from "./bench-search-text";

const SIZE = Number(process.env.BENCH_SIZE ?? 100000);
const DIR = process.env.BENCH_DIR ?? ".cache/bench";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PER_QUERY = process.env.BENCH_QUERIES === "1";
const CHECK = process.env.BENCH_CHECK === "1";

/** The ways tests/unit/search-words.test.ts runs at a small scale: every one must agree. */
const WAYS = [
  { dense: Number.MAX_SAFE_INTEGER, lookUp: true },
  { dense: 0, lookUp: true },
  { dense: 0, lookUp: false },
];
const load = () => os.loadavg().map((n) => n.toFixed(1)).join(" / ");
const f = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function fill(database: string) {
  const started = performance.now();
  const conn = openDatabase(database);
  await migrateToLatest(conn.db);
  await fillBenchWithSearchText(conn.db, conn.sqlite, SIZE, tokyoDay(), new Date().toISOString());
  await prepareSearchText(conn.db, new Date().toISOString());
  conn.sqlite.pragma("optimize");
  conn.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  await conn.db.destroy();
  console.log(`${f(SIZE, 0)} postings written in ${f((performance.now() - started) / 1000)} s (load ${load()})`);
}

/** Statement → total milliseconds and runs, while PER_QUERY is on. */
const statements = new Map<string, { ms: number; runs: number }>();

async function main() {
  const database = path.join(DIR, `bench-${SIZE}.sqlite`);
  if (!fs.existsSync(database)) await fill(database);
  const conn = openDatabase(database);
  await migrateToLatest(conn.db);
  // To try connection settings without changing the app's: BENCH_PRAGMAS="cache_size=-65536;…"
  for (const pragma of (process.env.BENCH_PRAGMAS ?? "").split(";").filter(Boolean)) conn.sqlite.pragma(pragma);
  // The same connection, with a log that adds up each statement's time.
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: conn.sqlite }),
    log: (event) => {
      if (!PER_QUERY || event.level !== "query") return;
      const key = event.query.sql.replace(/\s+/g, " ");
      const seen = statements.get(key) ?? { ms: 0, runs: 0 };
      statements.set(key, { ms: seen.ms + event.queryDurationMillis, runs: seen.runs + 1 });
    },
  });
  const urls: Array<[string, string]> = process.env.BENCH_URLS
    ? process.env.BENCH_URLS.split(/\s+/).filter(Boolean).map((u) => [u, u])
    : SEARCHES;
  Object.assign(SEARCH_TUNING, JSON.parse(process.env.BENCH_TUNING ?? "{}"));
  const started = new Date();
  const loadBefore = load();
  const rows: string[] = [];
  try {
    for (const [label, url] of urls) {
      const search = parseJobSearch(new URL(url, "http://x").searchParams);
      const first = await searchJobs(db, search);
      if (CHECK) {
        const tuning = { ...SEARCH_TUNING };
        for (const way of WAYS) {
          Object.assign(SEARCH_TUNING, way);
          const other = await searchJobs(db, search);
          Object.assign(SEARCH_TUNING, tuning);
          const same = JSON.stringify(other.facts) === JSON.stringify(first.facts) && other.capped === first.capped;
          console.log(`${url} ${JSON.stringify(way)}: ${same ? "same list" : "A DIFFERENT LIST"}`);
          if (!same) process.exitCode = 1;
        }
      }
      statements.clear();
      const times: number[] = [];
      // CPU time as well: on a shared machine the wall clock mostly measures the wait for a
      // core. better-sqlite3 runs the SQL on this thread, so CPU time is the query's own work.
      const cpuStart = process.cpuUsage();
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        await searchJobs(db, search);
        times.push(performance.now() - t);
      }
      const cpuUsed = process.cpuUsage(cpuStart);
      const cpu = (cpuUsed.user + cpuUsed.system) / 1000 / ROUNDS;
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      const found = `${first.capped ? "1,000+" : f(first.total, 0)} (${first.jobs.length} on the page)`;
      console.log(`${url}: mean ${f(mean, 2)} ms (CPU ${f(cpu, 2)} ms), fastest ${f(Math.min(...times), 2)} ms, slowest ${f(Math.max(...times), 2)} ms; ${found}; load ${load()}`);
      for (const [sql, s] of [...statements].sort((a, b) => b[1].ms - a[1].ms)) {
        console.log(`    ${f(s.ms / ROUNDS, 2)} ms/search, ${s.runs / ROUNDS}×: ${sql.slice(0, 300)}`);
      }
      rows.push(`| ${label} | \`${url}\` | ${f(mean, 2)} | ${f(cpu, 2)} | ${f(Math.min(...times), 2)} | ${f(Math.max(...times), 2)} | ${found} |`);
    }
  } finally {
    await db.destroy();
  }
  const report = [
    `<!-- written by scripts/bench-search.ts on ${started.toISOString()} -->`,
    `${f(SIZE, 0)} postings, ${ROUNDS} rounds after one warm-up, at ${started.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    `Load average (1 / 5 / 15 min) before: ${loadBefore}; after: ${load()} (${os.availableParallelism()} cores).`,
    "",
    "| search | URL | mean ms | CPU ms | fastest ms | slowest ms | found |",
    "|---|---|---:|---:|---:|---:|---|",
    ...rows,
  ].join("\n");
  console.log(`\n${report}`);
  if (process.argv.includes("--write")) writeReport(report);
}

/** Replaces the figures between the markers of this size in BENCHMARKS.md; the prose around them stays. */
function writeReport(report: string) {
  const START = `<!-- search-bench:${SIZE}:start -->`;
  const END = `<!-- search-bench:${SIZE}:end -->`;
  const file = "BENCHMARKS.md";
  const old = fs.readFileSync(file, "utf8");
  if (!old.includes(START) || !old.includes(END)) throw new Error(`BENCHMARKS.md has no ${START} … ${END}`);
  const before = old.slice(0, old.indexOf(START));
  const after = old.slice(old.indexOf(END) + END.length);
  fs.writeFileSync(file, `${before}${START}\n${report}\n${END}${after}`);
  console.log("Written to BENCHMARKS.md.");
}

await main();

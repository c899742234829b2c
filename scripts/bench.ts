// npm run bench (vite-node scripts/bench.ts): fills separate databases with 10,000 and
// 100,000 postings, serves each with the production build, and measures /jobs searches and
// /jobs/:id with autocannon on 127.0.0.1, next to a bare node:http server that returns a
// page of the same size. Writes the figures to BENCHMARKS.md.
//
// Side by side in one run, with one worker and with one per core: anonymous pages (served
// from the page cache after the first request) and the same searches signed in (a session
// the script inserts, so never cached), each as a ratio of the bare server.
//
// Environment: BUILD_DIR (default "build"; built first when missing), BENCH_SIZES
// (default "10000,100000"), BENCH_SECONDS per URL (default 5), BENCH_DIR (default .cache/bench).
import { execSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createSession } from "../app/auth/session.server";
import { searchJobs } from "../app/models/job-search.server";
import { prepareSearchText } from "../app/models/search-text.server";
import { createUser } from "../app/models/users.server";
import { getPublicJob } from "../app/models/public-jobs.server";
import { parseJobSearch } from "../app/schemas/job-search";
import { tokyoDay } from "../app/utils/dates";
import { migrateToLatest } from "../db/migrate";
import { openDatabase } from "../db/sqlite";
import { SEARCHES } from "./bench-data";
import { fillBenchWithSearchText } from "./bench-search-text";

const BUILD_DIR = process.env.BUILD_DIR ?? "build";
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const DIR = process.env.BENCH_DIR ?? ".cache/bench";
const CONNECTIONS = 10;
const APP_PORT = 3290;
const BARE_PORT = 3291;

type Figures = { rps: number; p50: number; p99: number; bytes: number; errors: number };

async function measure(url: string, cookie?: string): Promise<Figures> {
  const headers = cookie ? { cookie } : undefined;
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average / Math.max(1, result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

function startApp(database: string, workers = 1) {
  const child = spawn(process.execPath, [path.join(BUILD_DIR, "server.js")], {
    env: {
      ...process.env,
      DATABASE_PATH: database,
      PORT: String(APP_PORT),
      HOST: "127.0.0.1",
      PUBLIC_ORIGIN: `http://127.0.0.1:${APP_PORT}`,
      NODE_ENV: "production",
      WEB_CONCURRENCY: String(workers),
    },
    // The access log would cost a console write per request; it is part of the real server, so it stays on.
    stdio: ["ignore", "ignore", "inherit"],
  });
  return child;
}

/** node:http answering every request with the same bytes: the ceiling for this machine. */
function startBare(body: string) {
  const file = path.join(DIR, "bare.html");
  fs.writeFileSync(file, body);
  const code = `const b=require("fs").readFileSync(${JSON.stringify(file)});require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":b.length});s.end(b)}).listen(${BARE_PORT},"127.0.0.1")`;
  return spawn(process.execPath, ["-e", code], { stdio: "ignore" });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await done;
}

/** Time spent in SQL alone for one request's queries, measured in this process. */
async function sqlMillis(database: string, urls: string[], jobId: number) {
  const { db } = openDatabase(database);
  const out: Record<string, number> = {};
  try {
    for (const url of urls) {
      const run = url.startsWith("/jobs?") || url === "/jobs"
        ? () => searchJobs(db, parseJobSearch(new URL(url, "http://x").searchParams))
        : () => getPublicJob(db, jobId);
      await run();
      const rounds = 30;
      const start = performance.now();
      for (let i = 0; i < rounds; i++) await run();
      out[url] = (performance.now() - start) / rounds;
    }
  } finally {
    await db.destroy();
  }
  return out;
}

function machine() {
  const cpu = fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.+)/)?.[1] ?? os.cpus()[0]?.model ?? "?";
  return {
    cpu,
    cores: os.availableParallelism(),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const f = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the figures between the markers in BENCHMARKS.md; the prose around them stays. */
function writeReport(report: string) {
  const file = "BENCHMARKS.md";
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const [before, rest = ""] = old.split(START);
  const after = rest.includes(END) ? rest.slice(rest.indexOf(END) + END.length) : "\n";
  fs.writeFileSync(file, `${before}${START}\n${report}\n${END}${after}`);
}

async function main() {
  if (!fs.existsSync(path.join(BUILD_DIR, "server.js"))) {
    execSync("npm run -s build", { stdio: "inherit", env: { ...process.env, BUILD_DIR } });
  }
  fs.mkdirSync(DIR, { recursive: true });
  const started = new Date();
  const loadBefore = os.loadavg().map((n) => n.toFixed(1)).join(" / ");
  const sections: string[] = [];
  for (const size of SIZES) {
    const database = path.join(DIR, `bench-${size}.sqlite`);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(database + suffix, { force: true });
    const fillStart = performance.now();
    const conn = openDatabase(database);
    await migrateToLatest(conn.db);
    // Readings and search text, as the app writes them when postings are saved, in bulk.
    await fillBenchWithSearchText(conn.db, conn.sqlite, size, tokyoDay(), new Date().toISOString());
    await prepareSearchText(conn.db, new Date().toISOString()); // nothing left to do: checks it
    const staff = await createUser(conn.db, { email: "bench@example.jp", password: "bench-password-2026", role: "staff" });
    const cookie = `session=${(await createSession(conn.db, staff.id)).token}`;
    conn.sqlite.pragma("optimize");
    conn.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    await conn.db.destroy();
    const fillSeconds = (performance.now() - fillStart) / 1000;
    console.log(`${size} postings written in ${f(fillSeconds, 1)} s`);

    const jobId = Math.ceil(size / 2);
    const urls: Array<[string, string]> = [...SEARCHES, [`1件の求人 /jobs/${jobId}`, `/jobs/${jobId}`]];
    // Floors that show where the time goes: Express + Remix without React, and a small React page.
    const floors: Array<[string, string]> = [
      ["Express + Remix, no React (/healthz)", "/healthz"],
      ["small React page, no query (/login)", "/login"],
    ];
    const sql = await sqlMillis(database, urls.map(([, u]) => u), jobId);

    const rows: string[] = [];
    const sideBySide: Array<{ label: string; url: string; workers: number; signedIn: boolean; figures: Figures }> = [];
    const cores = os.availableParallelism();
    let sample = "";
    for (const workers of cores > 1 ? [1, cores] : [1]) {
      const app = startApp(database, workers);
      try {
        await waitFor(`http://127.0.0.1:${APP_PORT}/healthz`, app);
        sample ||= await (await fetch(`http://127.0.0.1:${APP_PORT}/jobs?q=介護`)).text();
        const pages: Array<[string, string, boolean]> = [
          ["anonymous, cached", "/", false],
          ["anonymous, cached", "/jobs", false],
          ["anonymous, cached", "/jobs?q=介護", false],
          ["anonymous, cached", `/jobs/${jobId}`, false],
          ["signed in, not cached", "/jobs", true],
          ["signed in, not cached", "/jobs?q=介護", true],
        ];
        for (const [label, url, signedIn] of pages) {
          const full = `http://127.0.0.1:${APP_PORT}${encodeURI(url)}`;
          await fetch(full); // warm up (and fill the cache)
          const figures = await measure(full, signedIn ? cookie : undefined);
          console.log(`${size} ${workers} worker(s) ${label} ${url}: ${f(figures.rps)} req/s`);
          sideBySide.push({ label, url, workers, signedIn, figures });
        }
        if (workers !== 1) continue;
        // The search sweep, signed in so that every request is rendered (the floors are not
        // cached pages, and /login sends a signed-in person away).
        for (const [label, url] of [...urls, ...floors]) {
          const full = `http://127.0.0.1:${APP_PORT}${encodeURI(url)}`;
          await fetch(full); // warm up
          const r = await measure(full, floors.some(([, u]) => u === url) ? undefined : cookie);
          console.log(`${size} ${url}: ${f(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
          rows.push(`| ${label} | \`${url}\` | ${f(r.rps)} | ${r.p50} | ${r.p99} | ${sql[url] === undefined ? "–" : f(sql[url], 2)} | ${f(r.bytes / 1024, 1)} | ${r.errors} |`);
        }
      } finally {
        await stop(app);
      }
    }

    const bare = startBare(sample);
    let bareFigures: Figures;
    try {
      await waitFor(`http://127.0.0.1:${BARE_PORT}/`, bare);
      bareFigures = await measure(`http://127.0.0.1:${BARE_PORT}/`);
    } finally {
      await stop(bare);
    }
    const searchRps = rows.slice(0, SEARCHES.length).map((r) => Number(r.split("|")[3].replace(/,/g, "")));
    const meanSearch = searchRps.reduce((a, b) => a + b, 0) / searchRps.length;
    sections.push(
      [
        `### ${f(size)} postings`,
        "",
        `Filling the database (migrations, ${f(size)} postings with offence rules, readings and the search text written by the app): ${f(fillSeconds, 1)} s.`,
        "",
        "| request | URL | req/s | p50 ms | p99 ms | SQL ms (alone) | KiB/response | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
        ...rows,
        `| bare node:http, same bytes | \`/\` | ${f(bareFigures.rps)} | ${bareFigures.p50} | ${bareFigures.p99} | – | ${f(bareFigures.bytes / 1024, 1)} | ${bareFigures.errors} |`,
        "",
        `Mean over the /jobs searches (signed in, rendered each time, one worker): ${f(meanSearch)} req/s, that is 1/${f(bareFigures.rps / meanSearch, 1)} of the bare server.`,
        "",
        "Side by side (the bare server is one process):",
        "",
        "| request | URL | workers | req/s | p99 ms | of bare | errors |",
        "|---|---|---:|---:|---:|---:|---:|",
        ...sideBySide.map(
          (r) => `| ${r.label} | \`${r.url}\` | ${r.workers} | ${f(r.figures.rps)} | ${r.figures.p99} | 1/${f(bareFigures.rps / Math.max(1, r.figures.rps), 1)} | ${r.figures.errors} |`,
        ),
      ].join("\n"),
    );
  }
  const m = machine();
  const report = [
    `<!-- written by scripts/bench.ts on ${started.toISOString()} -->`,
    `## Run of ${started.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores (nproc), ${m.memory} memory, ${m.os}, Node ${m.node}.`,
    `Load average when the run started: ${loadBefore}; when it ended: ${os.loadavg().map((n) => n.toFixed(1)).join(" / ")} (1 / 5 / 15 min).`,
    `autocannon: ${CONNECTIONS} connections, ${SECONDS} s per URL, on 127.0.0.1, load generator on the same cores as the server.`,
    "",
    ...sections,
  ].join("\n");
  writeReport(report);
  console.log(`\n${report}\n\nWritten to BENCHMARKS.md.`);
}

await main();

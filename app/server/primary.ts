import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import { migrateToLatest } from "../../db/migrate";
import { closeDatabase, db } from "../utils/db.server";
import { prepareSearchText } from "../models/search-text.server";
import { nowIso } from "../utils/dates";
import { startMaintenance } from "./maintenance";

// Every core: WEB_CONCURRENCY worker processes (default: one per core) serve requests
// from the one SQLite file in WAL mode. The primary serves nothing: it migrates, seeds the
// demo, runs the maintenance jobs, forks the workers, replaces one that dies and, on
// SIGTERM, lets them all finish their requests before it closes the database last.
// With WEB_CONCURRENCY=1 the server stays a single process, as in tests and development.

export function webConcurrency(value = process.env.WEB_CONCURRENCY): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : os.availableParallelism();
}

/** True in a process that must serve requests itself (a worker, or the only process). */
export function servesRequests(): boolean {
  return cluster.isWorker || webConcurrency() <= 1;
}

/** In the primary of a cluster: runs it and never returns (the process exits by itself). */
export async function runPrimaryIfClustered(port: number): Promise<void> {
  if (servesRequests()) return;
  await migrateToLatest(db);
  if (process.env.DEMO === "1") {
    const { runDemoSeed } = await import("./demo");
    await runDemoSeed(db, port);
  }
  await prepareSearchText(db, nowIso());
  const stopMaintenance = startMaintenance(db);
  let stopping = false;
  let failed = false;

  const fork = () => cluster.fork();
  cluster.on("listening", (worker) => console.log(`worker ${worker.process.pid} listening`));
  cluster.on("exit", (worker: Worker, code, signal) => {
    if (stopping) {
      // A worker still starting up ends by the signal itself: it held no requests.
      if (code !== 0 && signal !== "SIGTERM") failed = true;
      if (Object.keys(cluster.workers ?? {}).length === 0) void finish();
      return;
    }
    console.error(`worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    fork();
  });
  for (let i = 0; i < webConcurrency(); i++) fork();

  async function finish() {
    await closeDatabase();
    console.log(failed ? "stopped; a worker did not finish cleanly" : "stopped cleanly");
    process.exit(failed ? 1 : 0);
  }

  function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: workers finish their requests in flight`);
    stopMaintenance();
    const workers = Object.values(cluster.workers ?? {});
    if (!workers.length) void finish();
    for (const worker of workers) worker?.process.kill("SIGTERM");
    setTimeout(() => {
      console.error("workers still running after 12 s; stopping anyway");
      process.exit(1);
    }, 12_000).unref();
  }
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));

  // The primary's life is its workers' lives: module evaluation stops here for good.
  await new Promise<never>(() => {});
}

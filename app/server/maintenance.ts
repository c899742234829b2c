import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { runMaintenance } from "../models/maintenance.server";

/** Runs the periodic clean-up now and every ten minutes; returns a stop function. */
export function startMaintenance(db: Kysely<Database>): () => void {
  const run = () =>
    runMaintenance(db).catch((error: unknown) => console.error("maintenance failed", error));
  void run();
  const timer = setInterval(run, 10 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

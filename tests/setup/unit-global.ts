import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateToLatest } from "../../db/migrate";
import { openDatabase } from "../../db/sqlite";

// Migrates one base database for the whole unit run; each test copies it (fast) instead
// of migrating again. A private temporary folder, so parallel runs do not collide.
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jobs-base-"));
  const file = path.join(dir, "base.sqlite");
  const { db, sqlite } = openDatabase(file);
  await migrateToLatest(db);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.pragma("journal_mode = DELETE");
  await db.destroy();
  project.provide("baseDatabase", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseDatabase: string;
  }
}

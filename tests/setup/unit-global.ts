import fs from "node:fs";
import path from "node:path";
import { migrateToLatest } from "../../db/migrate";
import { openDatabase } from "../../db/sqlite";

// Migrates one base database for the whole unit run; each test copies it (fast) instead
// of migrating again.
export const BASE_DB = path.resolve(".cache/test-base.sqlite");

export default async function setup() {
  fs.mkdirSync(path.dirname(BASE_DB), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(BASE_DB + suffix, { force: true });
  const { db, sqlite } = openDatabase(BASE_DB);
  await migrateToLatest(db);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.pragma("journal_mode = DELETE");
  await db.destroy();
}

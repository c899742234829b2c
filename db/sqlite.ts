import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./types";
import { foldKana } from "../app/utils/kana";

// Everything that only SQLite understands about opening and copying the database lives
// here, so that another dialect is an addition next to this file, not a rewrite.

export type Connection = { db: Kysely<Database>; sqlite: SQLite.Database };

/** The most of the database file read through a memory map (SQLite caps it at its own limit). */
const MMAP_BYTES = 2 ** 31;

export function openDatabase(file: string): Connection {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run while one writer writes; FULL makes every commit durable on
  // power loss; the busy timeout makes a second writer wait instead of failing at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Reads through a memory map instead of a copy per page into SQLite's own small cache: a
  // search walks thousands of index and text pages (docs/decisions/0025-search-speed.md).
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  // fold_kana(text): the same folding as app/utils/kana.ts, so a search for シラカワ finds
  // しらかわ (and ＡＢＣ finds abc) in SQL.
  sqlite.function("fold_kana", { deterministic: true }, (value: unknown) =>
    typeof value === "string" ? foldKana(value) : value,
  );
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite };
}

/** An online copy through SQLite's backup API; readers and writers may go on meanwhile. */
export async function backupDatabase(sqlite: SQLite.Database, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  await sqlite.backup(target);
}

export function integrityCheck(file: string): string {
  const copy = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return String(copy.pragma("integrity_check", { simple: true }));
  } finally {
    copy.close();
  }
}

/** Copies a closed database file (tests copy one migrated base for each test). */
export function copyDatabaseFile(from: string, to: string): void {
  fs.copyFileSync(from, to);
}

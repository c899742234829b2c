import { openDatabase } from "../db/sqlite";
import { migrateToLatest } from "../db/migrate";

/** Opens the configured database for a command-line script, migrated to the latest. */
export async function openCliDatabase() {
  const file = process.env.DATABASE_PATH ?? "data/app.sqlite";
  const conn = openDatabase(file);
  await migrateToLatest(conn.db);
  return { ...conn, file };
}

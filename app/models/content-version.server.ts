import type SQLite from "better-sqlite3";

// What the page cache checks before serving a stored page: one prepared statement on the
// process's connection, run on every cached request, so it stays on the raw driver.
// Triggers on the tables public pages read bump the number (migration
// 2026-12-02-03-content-version); a commit from any process shows at once in WAL mode.

export function contentVersionReader(sqlite: SQLite.Database): () => number {
  const statement = sqlite.prepare("select version from content_version where id = 1").pluck();
  return () => Number(statement.get() ?? 0);
}

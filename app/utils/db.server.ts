import { openDatabase, type Connection } from "../../db/sqlite";
import { env } from "./env.server";

// One connection for the process. It sits on globalThis because the server entry and the
// Remix build are separate bundles that must share it (and dev reloads must not reopen it).
const KEY = Symbol.for("kumamoto-jobs.db");
type Holder = { [KEY]?: Connection };

function connection(): Connection {
  const holder = globalThis as Holder;
  holder[KEY] ??= openDatabase(env.databasePath);
  return holder[KEY];
}

export const db = connection().db;
export const sqlite = connection().sqlite;

export async function closeDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  const conn = holder[KEY];
  if (!conn) return;
  delete holder[KEY];
  await conn.db.destroy();
}

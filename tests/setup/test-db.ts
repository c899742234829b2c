import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, inject } from "vitest";
import { copyDatabaseFile, openDatabase, type Connection } from "../../db/sqlite";
import "./unit-global";

const open: Array<{ conn: Connection; dir: string }> = [];

/** A private copy of the migrated base database, removed after the test. */
export function testDb(): Connection {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jobs-test-"));
  const file = path.join(dir, "test.sqlite");
  copyDatabaseFile(inject("baseDatabase"), file);
  const conn = openDatabase(file);
  open.push({ conn, dir });
  return conn;
}

afterEach(async () => {
  while (open.length) {
    const { conn, dir } = open.pop()!;
    await conn.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

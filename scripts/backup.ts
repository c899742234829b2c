// npm run db:backup -- FILE — an online copy of the live database (the app may keep
// running), then SQLite's integrity check on the copy.
import fs from "node:fs";
import { backupDatabase, integrityCheck, openDatabase } from "../db/sqlite";

const target = process.argv[2];
if (!target) {
  console.error("使い方 / usage: npm run db:backup -- /path/to/backup.sqlite");
  process.exit(2);
}
const source = process.env.DATABASE_PATH ?? "data/app.sqlite";
if (!fs.existsSync(source)) {
  console.error(`database not found: ${source}`);
  process.exit(1);
}
const { db, sqlite } = openDatabase(source);
try {
  await backupDatabase(sqlite, target);
} finally {
  await db.destroy();
}
const result = integrityCheck(target);
if (result !== "ok") {
  console.error(`integrity_check failed on ${target}: ${result}`);
  process.exit(1);
}
console.log(`backup written to ${target} (integrity_check: ok)`);

import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Readings stored before counters were read after numbers gave 1月 the reading つき. Stored
// readings of texts with a digit before one of the counters are dropped; the next page that
// shows such a text analyses it again and stores it.

const COUNTERS = ["年", "月", "日", "時", "分", "人", "件", "円", "歳", "回"];

export async function up(db: Kysely<any>): Promise<void> {
  for (const counter of COUNTERS) {
    await sql`delete from text_readings where text glob ${`*[0-9０-９]${counter}*`}`.execute(db);
  }
}

export async function down(): Promise<void> {
  // Nothing to restore: the dropped readings are made again when needed.
}

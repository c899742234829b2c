import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.
//
// Two readings the analyser's dictionary gets wrong on every public page:
// - 方 after a modifier (事業主の方へ, 参加したい方は) was read ほう; the analyser now reads
//   it かた when it names a person (app/utils/analyser.server.ts). Stored readings of texts
//   with 方 are dropped here: each is analysed again, once, the next time a page shows it.
// - 手取本町, the city office's address in every page's footer, is てとりほんちょう, not
//   てとりほんまち: a word of the staff's reading dictionary, which staff can change.

const WORD = "手取本町";

export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  await sql`insert into reading_words (word, reading, hard, plain, created_at, updated_at)
    values (${WORD}, 'てとりほんちょう', 0, '', ${now}, ${now})
    on conflict (word) do nothing`.execute(db);
  await sql`delete from text_readings where instr(text, '方') > 0 or instr(text, ${WORD}) > 0`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from reading_words where word = ${WORD} and reading = 'てとりほんちょう'`.execute(db);
}

import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { PLAIN_WORDS } from "../../db/plain-words";
import type { Database } from "../../db/types";
import { analyse, type ReadingOverride } from "~/utils/analyser.server";
import { nowIso } from "~/utils/dates";
import { oneAtATime } from "~/utils/one-at-a-time";
import { plainSegments, type Segment } from "~/utils/segments";

// Readings (furigana) of texts, stored once per distinct text when the text is saved or
// approved. Pages read them here with one query; the analyser runs only for a text that has
// none stored yet (a fixed heading the first time it is shown, a text saved before readings
// existed), and that text is stored at once. See docs/decisions/0013-readings-and-search.md.

/** The key of a text in text_readings. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Runs `fn` in a transaction, or in the caller's when there is one already. */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** SQLite takes a limited number of bound values in one statement. */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The staff's dictionary as the analyser takes it. */
export async function readingOverrides(db: Kysely<Database>): Promise<ReadingOverride[]> {
  return db.selectFrom("reading_words").select(["word", "reading"]).execute();
}

/**
 * Reading the dictionary, analysing and writing take turns in this process: an analysis
 * that read the dictionary before a staff change must not write after the change's
 * recomputation, or the old reading would come back. (The after-write net of the server
 * entry is a separate bundle: the turns are the process's, not this module copy's.)
 */
const analysing = oneAtATime("analysing");

function storeAnalysed(db: Kysely<Database>, texts: string[]) {
  return analysing(async () => storeAnalysedNow(db, texts, await readingOverrides(db)));
}

async function storeAnalysedNow(db: Kysely<Database>, texts: string[], overrides: ReadingOverride[]) {
  const stored = new Map<string, Segment[]>();
  for (const text of texts) stored.set(text, await analyse(text, overrides));
  const now = nowIso();
  // One transaction: one write to disk for the lot, not one per text.
  await inTransaction(db, async (trx) => {
    for (const [text, segments] of stored) {
      const json = JSON.stringify(segments);
      await trx
        .insertInto("text_readings")
        .values({ hash: textHash(text), text, segments: json, updated_at: now })
        .onConflict((oc) => oc.column("hash").doUpdateSet({ segments: json, updated_at: now }))
        .execute();
    }
  });
  return stored;
}

/**
 * Segments with readings for each text, from the stored readings (one query for up to 500
 * texts). A text with none stored is analysed once and stored. Every text given is a key of
 * the answer; the empty text has no segments.
 */
export async function readingsFor(db: Kysely<Database>, texts: string[]): Promise<Map<string, Segment[]>> {
  const wanted = [...new Set(texts)];
  const found = new Map<string, Segment[]>();
  for (const part of chunks(wanted.filter(Boolean))) {
    const rows = await db
      .selectFrom("text_readings")
      .select(["text", "segments"])
      .where("hash", "in", part.map(textHash))
      .execute();
    for (const row of rows) found.set(row.text, JSON.parse(row.segments) as Segment[]);
  }
  const missing = wanted.filter((text) => text && !found.has(text));
  if (missing.length > 0) {
    const analysed = await storeAnalysed(db, missing);
    for (const [text, segments] of analysed) found.set(text, segments);
  }
  const answer = new Map<string, Segment[]>();
  for (const text of texts) answer.set(text, found.get(text) ?? plainSegments(text));
  return answer;
}

/** Makes sure the texts have stored readings: called where texts are saved or approved. */
export async function storeReadings(db: Kysely<Database>, texts: Array<string | null | undefined>) {
  await readingsFor(db, texts.filter((t): t is string => Boolean(t)));
}

/**
 * Analyses again every stored text that contains one of the words (a dictionary change),
 * with the dictionary as it is now. Returns how many texts changed.
 */
export function recomputeReadingsContaining(db: Kysely<Database>, words: string[]): Promise<number> {
  return analysing(() => recomputeNow(db, words));
}

async function recomputeNow(db: Kysely<Database>, words: string[]): Promise<number> {
  const distinct = [...new Set(words.filter(Boolean))];
  if (distinct.length === 0) return 0;
  const rows = await db
    .selectFrom("text_readings")
    .select(["text", "segments"])
    .where((eb) => eb.or(distinct.map((w) => eb(eb.fn("instr", ["text", eb.val(w)]), ">", 0))))
    .execute();
  const overrides = await readingOverrides(db);
  let changed = 0;
  const now = nowIso();
  for (const row of rows) {
    const segments = JSON.stringify(await analyse(row.text, overrides));
    if (segments === row.segments) continue;
    changed += 1;
    await db
      .updateTable("text_readings")
      .set({ segments, updated_at: now })
      .where("hash", "=", textHash(row.text))
      .execute();
  }
  return changed;
}

export type HardWord = { word: string; reading: string; plain: string };

/** The words staff marked「むずかしいことば」, with a plain alternative (writing hints). */
export async function hardWords(db: Kysely<Database>): Promise<HardWord[]> {
  return db
    .selectFrom("reading_words")
    .select(["word", "reading", "plain"])
    .where("hard", "=", 1)
    .orderBy("word")
    .execute();
}

/**
 * The words the posting form gives advice on: staff's 「むずかしいことば」 first, then the
 * starter list (db/plain-words.ts) for words staff have not listed.
 */
export async function wordsToAdviseOn(db: Kysely<Database>): Promise<Array<{ word: string; plain: string }>> {
  const staff = (await hardWords(db)).filter((w) => w.plain.trim()).map(({ word, plain }) => ({ word, plain }));
  const listed = new Set(staff.map((w) => w.word));
  return [...staff, ...PLAIN_WORDS.filter((w) => !listed.has(w.word))];
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { ReadingWordInput } from "~/schemas/readings";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { recomputeReadingsContaining } from "./readings.server";
import { queueAndSettle } from "./search-text.server";

// The staff's reading dictionary (/staff/readings). A change recomputes the stored readings
// of every text that contains the word (old and new spelling), and the search text of every
// posting and employer whose texts contain it, since the search text carries the readings.

export class ReadingWordTakenError extends Error {}

export function listReadingWords(db: Kysely<Database>) {
  return db.selectFrom("reading_words").selectAll().orderBy("word").execute();
}

export function findReadingWord(db: Kysely<Database>, id: number) {
  return db.selectFrom("reading_words").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Queues the postings and employers whose texts contain one of the words. */
async function queueTextsContaining(db: Kysely<Database>, words: string[]) {
  for (const word of new Set(words)) {
    await db
      .insertInto("text_queue")
      .orIgnore()
      .columns(["entity", "entity_id"])
      .expression((eb) =>
        eb
          .selectFrom("jobs")
          .select((s) => [s.val("job").as("entity"), "id"])
          .where((w) =>
            w.or(["title", "description", "workplace_address"].map((c) => w(w.fn("instr", [c as "title", w.val(word)]), ">", 0))),
          ),
      )
      .execute();
    await db
      .insertInto("text_queue")
      .orIgnore()
      .columns(["entity", "entity_id"])
      .expression((eb) =>
        eb
          .selectFrom("employers")
          .select((s) => [s.val("employer").as("entity"), "id"])
          .where((w) => w.or(["name", "address"].map((c) => w(w.fn("instr", [c as "name", w.val(word)]), ">", 0)))),
      )
      .execute();
  }
}

function recompute(db: Kysely<Database>, words: string[]) {
  return queueAndSettle(db, async () => {
    const texts = await recomputeReadingsContaining(db, words);
    await queueTextsContaining(db, words);
    return texts;
  });
}

function isUniqueViolation(error: unknown) {
  return error instanceof Error && /UNIQUE constraint failed: reading_words\.word/.test(error.message);
}

export async function addReadingWord(db: Kysely<Database>, actor: Actor, input: ReadingWordInput) {
  const now = nowIso();
  let id: number;
  try {
    ({ id } = await db
      .insertInto("reading_words")
      .values({ word: input.word, reading: input.reading, hard: input.hard ? 1 : 0, plain: input.plain, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow());
  } catch (error) {
    if (isUniqueViolation(error)) throw new ReadingWordTakenError();
    throw error;
  }
  const recomputed = await recompute(db, [input.word]);
  await recordAudit(db, actor, "reading_word.add", { type: "reading_word", id }, { ...input, recomputed });
  return id;
}

/** Null when there is no such word. */
export async function changeReadingWord(db: Kysely<Database>, actor: Actor, id: number, input: ReadingWordInput) {
  const before = await findReadingWord(db, id);
  if (!before) return null;
  try {
    await db
      .updateTable("reading_words")
      .set({ word: input.word, reading: input.reading, hard: input.hard ? 1 : 0, plain: input.plain, updated_at: nowIso() })
      .where("id", "=", id)
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ReadingWordTakenError();
    throw error;
  }
  const recomputed = await recompute(db, [before.word, input.word]);
  const was = { word: before.word, reading: before.reading, hard: Boolean(before.hard), plain: before.plain };
  await recordAudit(db, actor, "reading_word.change", { type: "reading_word", id }, { before: was, after: input, recomputed });
  return id;
}

/** Null when there is no such word. */
export async function deleteReadingWord(db: Kysely<Database>, actor: Actor, id: number) {
  const before = await findReadingWord(db, id);
  if (!before) return null;
  await db.deleteFrom("reading_words").where("id", "=", id).execute();
  const recomputed = await recompute(db, [before.word]);
  await recordAudit(db, actor, "reading_word.delete", { type: "reading_word", id }, { word: before.word, reading: before.reading, recomputed });
  return id;
}

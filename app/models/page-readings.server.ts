import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { Readings } from "~/components/ruby-text";
import { readingsFor } from "~/models/readings.server";

/**
 * The readings a page needs, as a plain object for the loader's answer: only the texts with
 * at least one kanji reading, so a page without kanji sends nothing extra.
 */
export async function pageReadings(db: Kysely<Database>, texts: ReadonlyArray<string | null | undefined>): Promise<Readings> {
  const wanted = texts.filter((t): t is string => Boolean(t));
  const found = await readingsFor(db, wanted);
  // fromEntries defines each key as the object's own: "__proto__" is a text like any other.
  return Object.fromEntries([...found].filter(([, segments]) => segments.some((s) => s.reading)));
}

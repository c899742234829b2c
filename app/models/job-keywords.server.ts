import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/types";
import { keywordTerms, type JobSearch } from "~/schemas/job-search";
import { foldKana } from "~/utils/kana";
import { settleQueuedTexts } from "./search-text.server";

// ---------------------------------------------------------------------------------------
// Keyword matching: the only SQL here that knows about SQLite's FTS5 (the index is made in
// migration 2026-12-02-05-search-text-by-the-app; its text is written by search-text.server).
// Another database would replace this part. Words are folded as the text is (foldKana).

/** More trigrams than this for a short word: read the text instead of the index. */
const MAX_EXPANSION = 300;

/** Longest word and most words one search sends to the index. */
const MAX_TERM_LENGTH = 100;
const MAX_TERMS = 5;
// Typed control characters and lone surrogates never match stored text: they are dropped.
const UNSEARCHABLE = /[\p{Cc}\p{Cs}]/gu;

/**
 * One FTS5 phrase that matches `text` literally: no user text can become an operator
 * (AND, NEAR, *, ^, column filters) or leave the quotes.
 */
function ftsPhrase(text: string): string {
  // FTS5 reads its query as C text: a NUL would end it early ("unterminated string").
  // (Line breaks stay: the index's vocabulary has trigrams that end a field with them.)
  return `"${text.replaceAll("\0", "").replaceAll('"', '""')}"`;
}

/** The words of a search as the index can take them, folded; empty words are dropped. */
function searchableTerms(q: string): string[] {
  return keywordTerms(q)
    .map((term) => [...foldKana(term.replace(UNSEARCHABLE, "")).trim()].slice(0, MAX_TERM_LENGTH).join(""))
    .filter(Boolean)
    .slice(0, MAX_TERMS);
}

/**
 * One word of a search: `text` (folded) is what a posting's text must contain; `match` is the
 * FTS5 query that finds the same postings through the index, when it can. Three characters
 * or more: a trigram phrase. One or two characters: the trigrams that begin with the word,
 * read from the index's vocabulary, as one OR query (every occurrence begins a trigram
 * because each field ends with two line breaks). Looked up once per search.
 */
export type Keyword = { text: string; match?: string } | { none: true };

async function lookUpKeyword(db: Kysely<Database>, term: string): Promise<Keyword> {
  if ([...term].length >= 3) return { text: term, match: ftsPhrase(term) };
  const { rows } = await sql<{ term: string }>`
    select term from job_search_vocab where term >= ${term} and term < ${`${term}\u{10FFFF}`}
    limit ${MAX_EXPANSION + 1}`.execute(db);
  if (rows.length === 0) return { none: true };
  if (rows.length > MAX_EXPANSION) return { text: term };
  return { text: term, match: rows.map((r) => ftsPhrase(r.term)).join(" OR ") };
}

/**
 * How the words are tested against postings:
 * - "index": the words' matches are read from an FTS5 index as a set, each looked up in
 *   jobs and the filters applied (few matches: cheap);
 * - "check": postings are walked in the list's order (their filters' own index) and each
 *   one's stored text is checked for the words, stopping when the list is full: cheap when
 *   many postings match, or when the filters leave few.
 */
export type Way = "index" | "check";

/** The posting's stored text holds the word: in its title and facts (head) or anywhere. */
function checkCondition(keyword: { text: string }, head: boolean, id: RawBuilder<number>): RawBuilder<boolean> {
  const where = head
    ? sql`instr(t.head, ${keyword.text}) > 0`
    : sql`(instr(t.head, ${keyword.text}) > 0 or instr(t.body, ${keyword.text}) > 0)`;
  return sql<boolean>`exists (select 1 from job_search_text t where t.job_id = ${id} and ${where})`;
}

export const JOB_ID = sql<number>`jobs.id`;

/**
 * A condition on jobs.id that holds when the posting contains the looked-up word: anywhere,
 * or (head) in its title, facts and synonyms, which rank first. The head has an index of its
 * own (job_search_head): a column filter on job_search would decode every match of the word.
 */
export function keywordCondition(keyword: Keyword, way: Way, head = false, id = JOB_ID): RawBuilder<boolean> {
  if ("none" in keyword) return sql<boolean>`0`;
  if (way === "check" || keyword.match === undefined) return checkCondition(keyword, head, id);
  if (head) return sql<boolean>`${id} in (select rowid from job_search_head where job_search_head match ${keyword.match})`;
  return sql<boolean>`${id} in (select rowid from job_search where job_search match ${keyword.match})`;
}

/**
 * How many postings hold every word (in their title and facts, or anywhere), counted in the
 * index up to `cap`; undefined when a word cannot use the index. Cheap for rare words, and
 * it stops at the cap for common ones.
 */
export async function indexMatches(db: Kysely<Database>, keywords: Keyword[], head: boolean, cap: number) {
  const matches: string[] = [];
  for (const k of keywords) {
    if ("none" in k) return 0;
    if (k.match === undefined) return undefined;
    matches.push(`(${k.match})`);
  }
  const query = matches.join(" AND ");
  const { rows } = head
    ? await sql<{ n: number }>`select count(*) as n from
        (select rowid from job_search_head where job_search_head match ${query} limit ${cap})`.execute(db)
    : await sql<{ n: number }>`select count(*) as n from
        (select rowid from job_search where job_search match ${query} limit ${cap})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The words of a search, looked up in the index's vocabulary. */
export async function lookUpKeywords(db: Kysely<Database>, search: JobSearch): Promise<Keyword[]> {
  const terms = searchableTerms(search.q);
  // The app's own saves write the search text at once; a posting changed from outside the
  // app (a script, a test's rows) is queued, and is written here before words are looked up.
  if (terms.length > 0) await settleQueuedTexts(db);
  return Promise.all(terms.map((t) => lookUpKeyword(db, t)));
}

import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/types";
import { cardColumns, publicJobsQuery } from "~/models/jobs.server";
import {
  activeFilters,
  keywordTerms,
  PAGE_SIZE,
  type ActiveFilter,
  type JobSearch,
} from "~/schemas/job-search";
import { tokyoDay } from "~/utils/dates";
import { foldKana } from "~/utils/kana";
import { pageWindow } from "./lists.server";
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
type Keyword = { text: string; match?: string } | { none: true };

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
 * - "index": each word's matches are read from the FTS5 index as a set, then the filters
 *   apply (few matches: cheap);
 * - "check": postings are walked (newest first for a page; the filters' own index for a
 *   count) and each one's stored text is checked for the words, so a page of a word found
 *   in many postings, or a search whose filters leave few postings, stops early;
 * - counts of a word found in many postings walk the index's matches and stop at the cap.
 */
type Way = "index" | "check";

/** The posting's stored text holds the word: in its title and facts (head) or anywhere. */
function checkCondition(keyword: { text: string }, head: boolean, id: RawBuilder<number>): RawBuilder<boolean> {
  const where = head
    ? sql`instr(t.head, ${keyword.text}) > 0`
    : sql`(instr(t.head, ${keyword.text}) > 0 or instr(t.body, ${keyword.text}) > 0)`;
  return sql<boolean>`exists (select 1 from job_search_text t where t.job_id = ${id} and ${where})`;
}

const JOB_ID = sql<number>`jobs.id`;

/**
 * A condition on jobs.id that holds when the posting contains the looked-up word: anywhere,
 * or (head) in its title, facts and synonyms, which rank first.
 */
function keywordCondition(keyword: Keyword, way: Way, head = false, id = JOB_ID): RawBuilder<boolean> {
  if ("none" in keyword) return sql<boolean>`0`;
  if (way === "check" || keyword.match === undefined) return checkCondition(keyword, head, id);
  const match = head ? `head : (${keyword.match})` : keyword.match;
  return sql<boolean>`${id} in (select rowid from job_search where job_search match ${match})`;
}

/** The words of a search, looked up in the index's vocabulary. */
async function lookUpKeywords(db: Kysely<Database>, search: JobSearch): Promise<Keyword[]> {
  const terms = searchableTerms(search.q);
  // The app's own saves write the search text at once; a posting changed from outside the
  // app (a script, a test's rows) is queued, and is written here before words are looked up.
  if (terms.length > 0) await settleQueuedTexts(db);
  return Promise.all(terms.map((t) => lookUpKeyword(db, t)));
}

// ---------------------------------------------------------------------------------------

/** Pay as a monthly figure (8 hours a day, 21 days a month), only to sort different units. */
const MONTHLY_PAY = sql<number>`case jobs.pay_unit when 'hour' then jobs.pay_min * 168 when 'day' then jobs.pay_min * 21 else jobs.pay_min end`;

/**
 * Where one way of testing the words gives way to the other (see Way). Only tests change
 * them, to run the same searches both ways.
 */
export const SEARCH_TUNING = {
  /** Filters that leave at most this many postings: each one's text is checked. */
  few: 5000,
  /** Above this many matches a page walks postings newest first, checking their text. */
  dense: 300,
};

/** All postings that match, those whose title and facts hold every word, or the others. */
type Tier = "all" | "head" | "rest";

/** The words of a search as one condition on a posting id, for one tier. */
function wordsCondition(keywords: Keyword[], way: Way, tier: Tier, id = JOB_ID): RawBuilder<boolean> {
  const all = keywords.map((k) => keywordCondition(k, way, false, id));
  if (tier !== "all") {
    const inHead = sql.join(keywords.map((k) => keywordCondition(k, way, true, id)), sql` and `);
    all.push(tier === "head" ? sql<boolean>`(${inHead})` : sql<boolean>`not (${inHead})`);
  }
  return sql<boolean>`(${sql.join(all, sql` and `)})`;
}

function filtered(db: Kysely<Database>, search: JobSearch, keywords: Keyword[], today: string, way: Way = "index", tier: Tier = "all") {
  let query = publicJobsQuery(db, today);
  if (keywords.length > 0) query = query.where(wordsCondition(keywords, way, tier));
  if (search.ward) query = query.where("jobs.ward", "=", search.ward);
  if (search.industry) query = query.where("jobs.industry", "=", search.industry);
  if (search.type) query = query.where("jobs.employment_type", "=", search.type);
  if (search.payUnit) {
    query = query.where("jobs.pay_unit", "=", search.payUnit);
    // The lowest pay the posting promises must reach the amount: "at least" means at least.
    if (search.payMin) query = query.where("jobs.pay_min", ">=", search.payMin);
  }
  const f = search.flags;
  if (f.housing) query = query.where("jobs.housing", "=", 1);
  if (f.meals) query = query.where("jobs.meals", "=", 1);
  if (f.no_experience) query = query.where("jobs.no_experience", "=", 1);
  if (f.qualification) query = query.where("jobs.qualification_support", "=", 1);
  if (f.guarantor) {
    query = query.where((eb) =>
      eb.or([eb("jobs.employer_guarantor", "=", 1), eb("jobs.guarantor_not_needed", "=", 1)]),
    );
  }
  if (f.facility_interview) query = query.where("jobs.facility_interview", "=", 1);
  if (f.probation) query = query.where("jobs.probation_ok", "=", 1);
  return query;
}

/**
 * Counting stops here: past it the page says "1,000件以上" and asks for another filter.
 * Counting every match would read every public posting on each search, and nobody pages
 * through more than fifty pages on a phone.
 */
export const COUNT_CAP = 1000;

type Filtered = ReturnType<typeof filtered>;
/** How many rows the query gives, counted up to cap + 1. */
async function countRows(db: Kysely<Database>, query: Filtered, cap = COUNT_CAP) {
  const row = await db
    .selectFrom(query.select("jobs.id").limit(cap + 1).as("m"))
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The words of one tier as one FTS5 query, or nothing when a word cannot use the index. */
function tierMatch(keywords: Keyword[], tier: Tier): string | undefined {
  const matches: string[] = [];
  for (const k of keywords) {
    if ("none" in k || k.match === undefined) return undefined;
    matches.push(k.match);
  }
  const all = matches.map((m) => `(${m})`).join(" AND ");
  const head = matches.map((m) => `head : (${m})`).join(" AND ");
  return tier === "all" ? all : tier === "head" ? head : `(${all}) NOT (${head})`;
}

/** "check" when the filters alone leave few postings; otherwise the index. */
async function chooseWay(db: Kysely<Database>, search: JobSearch, today: string): Promise<Way> {
  const few = SEARCH_TUNING.few;
  if (activeFilters({ ...search, q: "" }).length === 0) return "index";
  return (await countRows(db, filtered(db, search, [], today), few)) <= few ? "check" : "index";
}

export async function countJobs(
  db: Kysely<Database>,
  search: JobSearch,
  today = tokyoDay(),
  keywords?: Keyword[],
  tier: Tier = "all",
  way?: Way,
) {
  const words = keywords ?? (await lookUpKeywords(db, search));
  if (words.length === 0) return countRows(db, filtered(db, search, [], today));
  if (words.some((k) => "none" in k)) return 0;
  const how = way ?? (await chooseWay(db, search, today));
  const match = tierMatch(words, tier);
  if (how === "check" || match === undefined) return countRows(db, filtered(db, search, words, today, how, tier));
  // The index's matches as the outer loop, each looked up in jobs: counting stops at the
  // cap, so a word found in half the postings costs no more than a rare one.
  const walked = filtered(db, search, [], today)
    .innerJoin(sql<{ rowid: number }>`job_search`.as("job_search"), (join) => join.on(sql<boolean>`job_search.rowid = jobs.id`))
    .where(sql<boolean>`job_search match ${match}`);
  return countRows(db, walked as unknown as Filtered);
}

export type JobSearchResult = Awaited<ReturnType<typeof searchJobs>>;

export async function searchJobs(db: Kysely<Database>, search: JobSearch, today = tokyoDay()) {
  const keywords = await lookUpKeywords(db, search);
  const way = keywords.length > 0 ? await chooseWay(db, search, today) : "index";
  const counted = await countJobs(db, search, today, keywords, "all", way);
  const capped = counted > COUNT_CAP;
  const total = Math.min(counted, COUNT_CAP);
  const { page, pages, offset } = pageWindow(total, search.page, PAGE_SIZE);
  // A page newest first of a word found in many postings: walk the postings and check each
  // one, stopping at the page, rather than read every match from the index. Sorting by pay
  // needs every match: from the index, unless the filters leave few postings.
  const wayFor = (matches: number): Way =>
    keywords.length > 0 && way === "index" && matches > SEARCH_TUNING.dense && search.sort !== "pay" ? "check" : "index";
  const pageIds = async (tier: Tier, limit: number, from: number, pageWay = wayFor(counted)) => {
    // First the ids of the page, then the cards: SQLite would otherwise compute every
    // card's columns (the offence subquery) for all matches before sorting them.
    if (pageWay === "check") {
      // The postings of the filters newest first (as /jobs without words: an index walk),
      // each checked for the words until the page is full. The walk is a subquery of its
      // own (its LIMIT keeps SQLite from merging it) so that the planner never trades the
      // newest-first index for one that needs a sort of every row.
      const walk = filtered(db, search, [], today)
        .select("jobs.id as id")
        .orderBy("jobs.published_at", "desc")
        .orderBy("jobs.id", "desc")
        .limit(Number.MAX_SAFE_INTEGER);
      const rows = await db
        .selectFrom(walk.as("w"))
        .select("w.id")
        .where(wordsCondition(keywords, "check", tier, sql<number>`w.id`))
        .limit(limit)
        .offset(from)
        .execute();
      return rows.map((row) => row.id);
    }
    let query = filtered(db, search, keywords, today, pageWay, tier).select("jobs.id");
    query =
      search.sort === "pay"
        ? query.orderBy(MONTHLY_PAY, "desc").orderBy("jobs.published_at", "desc")
        : query.orderBy("jobs.published_at", "desc");
    const rows = await query.orderBy("jobs.id", "desc").limit(limit).offset(from).execute();
    return rows.map((row) => row.id);
  };
  let ids: number[];
  if (keywords.length === 0 || search.sort === "pay" || total === 0) {
    ids = await pageIds("all", PAGE_SIZE, offset);
  } else {
    // Newest first within each tier, the postings whose title and facts hold the words first.
    const inHead = Math.min(await countJobs(db, search, today, keywords, "head", way), COUNT_CAP);
    // Each tier walks postings only when it has many: a few head matches come from the index.
    ids = offset < inHead ? await pageIds("head", PAGE_SIZE, offset, wayFor(inHead)) : [];
    if (ids.length < PAGE_SIZE && offset + ids.length < total) {
      const rest = await pageIds("rest", PAGE_SIZE - ids.length, Math.max(0, offset - inHead), wayFor(counted - inHead));
      ids = [...ids, ...rest];
    }
  }
  const cards = ids.length
    ? await db.selectFrom("jobs").innerJoin("employers", "employers.id", "jobs.employer_id").select(cardColumns).where("jobs.id", "in", ids).execute()
    : [];
  const jobs = ids.map((id) => cards.find((card) => card.id === id)!).filter(Boolean);
  return { total, capped, page, pages, jobs };
}

export type DropSuggestion = ActiveFilter & { count: number };

/**
 * When nothing matches: for each filter in use, how many postings there would be without
 * it, best first, so the page can say which one to drop.
 */
export async function dropSuggestions(db: Kysely<Database>, search: JobSearch, today = tokyoDay()) {
  const filters = activeFilters(search);
  const counts = await Promise.all(
    filters.map((f) => countJobs(db, { ...search, ...f.without, flags: { ...search.flags, ...(f.without.flags ?? {}) } }, today)),
  );
  return filters
    .map((f, i): DropSuggestion => ({ ...f, count: counts[i] }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}

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

/** How one word is looked up: an FTS5 query, a scan of the text, or no match at all. */
type Keyword = { match: string } | { scan: string } | { none: true };

/**
 * How the index can find postings whose searchable text contains `term`. Three characters
 * or more: an FTS5 trigram phrase query. One or two characters: the trigrams that begin with
 * the word, read from the index's vocabulary, become one OR query (every occurrence begins a
 * trigram because each field ends with two line breaks). Read once per search: the count and
 * the page both use it.
 */
async function lookUpKeyword(db: Kysely<Database>, term: string): Promise<Keyword> {
  if ([...term].length >= 3) return { match: ftsPhrase(term) };
  const folded = term;
  const { rows } = await sql<{ term: string }>`
    select term from job_search_vocab where term >= ${folded} and term < ${`${folded}\u{10FFFF}`}
    limit ${MAX_EXPANSION + 1}`.execute(db);
  if (rows.length === 0) return { none: true };
  if (rows.length > MAX_EXPANSION) return { scan: folded };
  return { match: rows.map((r) => ftsPhrase(r.term)).join(" OR ") };
}

/**
 * A condition on jobs.id that holds when the posting contains the looked-up word: anywhere,
 * or (head) in its title, facts and synonyms, which rank first.
 */
function keywordCondition(keyword: Keyword, dense: boolean, head = false): RawBuilder<boolean> {
  // For a word found in many postings, "+jobs.id" keeps SQLite from starting at the index
  // matches (and sorting them all): it walks postings newest first and stops at the page.
  const id = dense ? sql`+jobs.id` : sql`jobs.id`;
  if ("none" in keyword) return sql<boolean>`0`;
  if ("scan" in keyword) {
    const text = head ? sql`head` : sql`head || body`;
    return sql<boolean>`${id} in (select job_id from job_search_text where instr(${text}, ${keyword.scan}) > 0)`;
  }
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

/** Above this many matches a keyword is "dense": see keywordCondition. */
const DENSE = 300;

/** All postings that match, those whose title and facts hold every word, or the others. */
type Tier = "all" | "head" | "rest";

function filtered(db: Kysely<Database>, search: JobSearch, keywords: Keyword[], today: string, dense = false, tier: Tier = "all") {
  let query = publicJobsQuery(db, today);
  for (const keyword of keywords) query = query.where(keywordCondition(keyword, dense));
  if (tier !== "all" && keywords.length > 0) {
    const inHead = sql.join(keywords.map((k) => keywordCondition(k, dense, true)), sql` and `);
    query = query.where(tier === "head" ? sql<boolean>`(${inHead})` : sql<boolean>`not (${inHead})`);
  }
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

export async function countJobs(
  db: Kysely<Database>,
  search: JobSearch,
  today = tokyoDay(),
  keywords?: Keyword[],
  tier: Tier = "all",
) {
  const words = keywords ?? (await lookUpKeywords(db, search));
  const matches = filtered(db, search, words, today, false, tier).select("jobs.id").limit(COUNT_CAP + 1);
  const row = await db
    .selectFrom(matches.as("m"))
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export type JobSearchResult = Awaited<ReturnType<typeof searchJobs>>;

export async function searchJobs(db: Kysely<Database>, search: JobSearch, today = tokyoDay()) {
  const keywords = await lookUpKeywords(db, search);
  const counted = await countJobs(db, search, today, keywords);
  const capped = counted > COUNT_CAP;
  const total = Math.min(counted, COUNT_CAP);
  const { page, pages, offset } = pageWindow(total, search.page, PAGE_SIZE);
  const dense = counted > DENSE;
  const pageIds = async (tier: Tier, limit: number, from: number) => {
    // First the ids of the page, then the cards: SQLite would otherwise compute every
    // card's columns (the offence subquery) for all matches before sorting them.
    let query = filtered(db, search, keywords, today, dense, tier).select("jobs.id");
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
    const inHead = Math.min(await countJobs(db, search, today, keywords, "head"), COUNT_CAP);
    ids = offset < inHead ? await pageIds("head", PAGE_SIZE, offset) : [];
    if (ids.length < PAGE_SIZE && offset + ids.length < total) {
      ids = [...ids, ...(await pageIds("rest", PAGE_SIZE - ids.length, Math.max(0, offset - inHead)))];
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

/**
 * What an alert mail lists: the postings the search on /jobs finds (same filters, same
 * public rules) that were approved after `since`, newest first.
 */
export async function newMatchingJobs(db: Kysely<Database>, search: JobSearch, since: string, today = tokyoDay(), limit = 20) {
  const keywords = await lookUpKeywords(db, search);
  return filtered(db, search, keywords, today, false, "all")
    .innerJoin("employers as e", "e.id", "jobs.employer_id")
    .select(["jobs.id", "jobs.title", "e.name as employerName", "jobs.published_at"])
    .where("jobs.published_at", ">", since)
    .orderBy("jobs.published_at", "desc")
    .orderBy("jobs.id", "desc")
    .limit(limit)
    .execute();
}

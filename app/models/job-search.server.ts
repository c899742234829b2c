import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/types";
import { cardColumns, publicJobsQuery } from "~/models/jobs.server";
import { activeFilters, PAGE_SIZE, type ActiveFilter, type JobSearch } from "~/schemas/job-search";
import { tokyoDay } from "~/utils/dates";
import { JOB_ID, keywordCondition, lookUpKeywords, type Keyword, type Way } from "./job-keywords.server";
import { pageWindow } from "./lists.server";

// Keyword matching (FTS5) lives in job-keywords.server.ts; this file combines it with the
// filters, counts, order and pages of /jobs.
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

/** The ids of `limit` matches from `offset`, in the order the page lists them. */
async function orderedIds(
  db: Kysely<Database>,
  search: JobSearch,
  today: string,
  keywords: Keyword[],
  way: Way,
  counted: number,
  limit: number,
  offset: number,
) {
  const total = Math.min(counted, COUNT_CAP);
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
  if (keywords.length === 0 || search.sort === "pay" || total === 0) return pageIds("all", limit, offset);
  // Newest first within each tier, the postings whose title and facts hold the words first.
  const inHead = Math.min(await countJobs(db, search, today, keywords, "head", way), COUNT_CAP);
  // Each tier walks postings only when it has many: a few head matches come from the index.
  let ids = offset < inHead ? await pageIds("head", limit, offset, wayFor(inHead)) : [];
  if (ids.length < limit && offset + ids.length < total) {
    const rest = await pageIds("rest", limit - ids.length, Math.max(0, offset - inHead), wayFor(counted - inHead));
    ids = [...ids, ...rest];
  }
  return ids;
}

export async function searchJobs(db: Kysely<Database>, search: JobSearch, today = tokyoDay()) {
  const keywords = await lookUpKeywords(db, search);
  const way = keywords.length > 0 ? await chooseWay(db, search, today) : "index";
  const counted = await countJobs(db, search, today, keywords, "all", way);
  const capped = counted > COUNT_CAP;
  const total = Math.min(counted, COUNT_CAP);
  const { page, pages, offset } = pageWindow(total, search.page, PAGE_SIZE);
  const ids = await orderedIds(db, search, today, keywords, way, counted, PAGE_SIZE, offset);
  const jobs = await cardsByIds(db, ids);
  // The whole result in order, each posting with the offence categories it refuses, so that
  // the browser can count and page what a seeker's private choice leaves (see
  // docs/decisions/0017). Everyone gets the same list: it says nothing about the visitor.
  const all = total > 0 ? await orderedIds(db, search, today, keywords, way, counted, COUNT_CAP, 0) : [];
  const refused = await refusedByJob(db, all);
  const facts = all.map((id) => [id, refused.get(id) ?? []] as const);
  return { total, capped, page, pages, jobs, facts };
}

/** The cards of these postings, in the order given. */
export async function cardsByIds(db: Kysely<Database>, ids: number[]) {
  const cards = ids.length
    ? await db.selectFrom("jobs").innerJoin("employers", "employers.id", "jobs.employer_id").select(cardColumns).where("jobs.id", "in", ids).execute()
    : [];
  const byId = new Map(cards.map((card) => [card.id, card]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/** The categories each posting refuses (不可). */
async function refusedByJob(db: Kysely<Database>, ids: number[]) {
  const out = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("job_offence_rules")
      .select(["job_id", "category"])
      .where("acceptance", "=", "no")
      .where("job_id", "in", ids.slice(i, i + 500))
      .execute();
    for (const row of rows) out.set(row.job_id, [...(out.get(row.job_id) ?? []), row.category]);
  }
  return out;
}

/** Every match's card, newest first: what the browser fills a filtered page from. */
export async function allResultCards(db: Kysely<Database>, search: JobSearch, today = tokyoDay()) {
  const keywords = await lookUpKeywords(db, search);
  const way = keywords.length > 0 ? await chooseWay(db, search, today) : "index";
  const counted = await countJobs(db, search, today, keywords, "all", way);
  const ids = counted > 0 ? await orderedIds(db, { ...search, sort: "newest" }, today, keywords, way, counted, COUNT_CAP, 0) : [];
  return cardsByIds(db, ids);
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
  return filtered(db, search, keywords, today, "index", "all")
    .innerJoin("employers as e", "e.id", "jobs.employer_id")
    .select(["jobs.id", "jobs.title", "e.name as employerName", "jobs.published_at"])
    .where("jobs.published_at", ">", since)
    .orderBy("jobs.published_at", "desc")
    .orderBy("jobs.id", "desc")
    .limit(limit)
    .execute();
}

import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/types";
import { cardColumns, publicJobRows } from "~/models/jobs.server";
import { activeFilters, PAGE_SIZE, type ActiveFilter, type JobSearch } from "~/schemas/job-search";
import { tokyoDay } from "~/utils/dates";
import { indexMatches, JOB_ID, keywordCondition, lookUpKeywords, type Keyword, type Way } from "./job-keywords.server";
import { pageWindow } from "./lists.server";

// Keyword matching (FTS5) lives in job-keywords.server.ts; this file combines it with the
// filters, counts, order and pages of /jobs.
// ---------------------------------------------------------------------------------------

/** Pay as a monthly figure (8 hours a day, 21 days a month), only to sort different units. */
const MONTHLY_PAY = sql<number>`case jobs.pay_unit when 'hour' then jobs.pay_min * 168 when 'day' then jobs.pay_min * 21 else jobs.pay_min end`;

/**
 * Where one way of testing the words gives way to the other (see Way). Only tests change
 * them, to run the same searches every way.
 */
export const SEARCH_TUNING = {
  /**
   * Words in at least this many postings (in title and facts, or anywhere): their list walks
   * postings in order, testing each, and stops when it is full. Fewer: their matches come
   * from the index and are sorted (see Plan).
   */
  dense: 5000,
  /** A walk may look postings up in the index's matches (see Plan). */
  lookUp: true,
};

/** All postings that match, those whose title and facts hold every word, or the others. */
type Tier = "all" | "head" | "rest";

/** The words of a search as one condition on a posting id, for one tier. */
function wordsCondition(keywords: Keyword[], way: Way, tier: Tier, id = JOB_ID): RawBuilder<boolean> {
  const inHead = sql.join(keywords.map((k) => keywordCondition(k, way, true, id)), sql` and `);
  // The head is part of the whole text: its tier needs no test of the whole.
  if (tier === "head") return sql<boolean>`(${inHead})`;
  const all = keywords.map((k) => keywordCondition(k, way, false, id));
  if (tier === "rest") all.push(sql<boolean>`not (${inHead})`);
  return sql<boolean>`(${sql.join(all, sql` and `)})`;
}

function filtered(db: Kysely<Database>, search: JobSearch, keywords: Keyword[], today: string, way: Way = "index", tier: Tier = "all") {
  // Words read from the index drive the query: each match is looked up by id and tested.
  // Without the "+" SQLite would walk a ward's (or all) postings in the list's order instead
  // and test each against the matches, reading far more rows than a rare word has.
  const byWords = keywords.length > 0 && way === "index";
  const column = (name: "jobs.ward" | "jobs.industry") => (byWords ? sql`+${sql.ref(name)}` : sql.ref(name));
  let query = publicJobRows(db, today, !byWords);
  if (keywords.length > 0) query = query.where(wordsCondition(keywords, way, tier));
  if (search.ward) query = query.where(column("jobs.ward"), "=", search.ward);
  if (search.industry) query = query.where(column("jobs.industry"), "=", search.industry);
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

/** The list's order: newest first, or by pay (as a monthly figure), then newest first. */
function inOrder<Q extends Filtered>(query: Q, search: JobSearch): Q {
  const byPay = search.sort === "pay" ? query.orderBy(MONTHLY_PAY, "desc") : query;
  return byPay.orderBy("jobs.published_at", "desc").orderBy("jobs.id", "desc") as Q;
}

/**
 * How one tier's list is made: the index's matches sorted ("index"), or the postings walked
 * in the list's order until it is full, each looked up in the set of the index's matches
 * ("walk-index": one read of the index, then cheap lookups) or its text checked
 * ("walk-check": no read of the index, a text read per posting).
 */
type Plan = "index" | "walk-index" | "walk-check";

/** The ids of one tier's matches in the list's order, at most `limit`. */
async function tierIds(db: Kysely<Database>, search: JobSearch, today: string, keywords: Keyword[], tier: Tier, plan: Plan, limit: number) {
  if (plan === "index") {
    // The index's matches are the outer loop (SQLite reads the IN list and looks each one up
    // in jobs), then sorted: the cost follows the number of matches.
    const query = inOrder(filtered(db, search, keywords, today, "index", tier).select("jobs.id"), search);
    return (await query.limit(limit).execute()).map((row) => row.id);
  }
  // The postings of the filters in the list's order (as /jobs without words: an index walk),
  // each tested for the words until the list is full. The walk is a subquery of its own
  // (its LIMIT keeps SQLite from merging it) so that the planner never trades the
  // newest-first index for one that needs a sort of every row.
  const walk = inOrder(filtered(db, search, [], today).select("jobs.id as id"), search).limit(Number.MAX_SAFE_INTEGER);
  const way: Way = plan === "walk-index" ? "index" : "check";
  const rows = await db
    .selectFrom(walk.as("w"))
    .select("w.id")
    .where(wordsCondition(keywords, way, tier, sql<number>`w.id`))
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * The ids of the matches in the order the list shows them, at most `limit`: newest first,
 * the postings whose title and facts hold every word before the others; or by pay. One
 * ordered list gives the count (capped), the page and the whole result the browser filters.
 */
export async function rankedIds(db: Kysely<Database>, search: JobSearch, today: string, keywords: Keyword[], limit: number) {
  if (keywords.length === 0) return tierIds(db, search, today, [], "all", "index", limit);
  if (keywords.some((k) => "none" in k)) return [];
  const { dense } = SEARCH_TUNING;
  // Each tier comes from the index when it has fewer than `dense` matches there; beyond that
  // a walk in the list's order (newest first, or by pay: both have an index that gives the
  // whole order) finds the list's postings early, and checks no more than the filters'
  // postings. A walk looks postings up in the index's matches when reading them all is
  // cheap: the title-and-facts index is small, and a short word's trigrams need no positions
  // compared; a longer word found in many texts is checked in each text.
  const planFor = async (head: boolean): Promise<Plan> => {
    const found = dense > 0 ? await indexMatches(db, keywords, head, dense) : undefined;
    if (found !== undefined && found < dense) return "index";
    const cheap = keywords.every((k) => "match" in k && k.match !== undefined && (head || [...k.text].length < 3));
    return cheap && SEARCH_TUNING.lookUp ? "walk-index" : "walk-check";
  };
  // By pay, every match in one list: the title does not rank first.
  if (search.sort === "pay") return tierIds(db, search, today, keywords, "all", await planFor(false), limit);
  const head = await tierIds(db, search, today, keywords, "head", await planFor(true), limit);
  if (head.length >= limit) return head;
  return [...head, ...(await tierIds(db, search, today, keywords, "rest", await planFor(false), limit - head.length))];
}

/** How many postings match, counted up to the cap + 1. */
export async function countJobs(db: Kysely<Database>, search: JobSearch, today = tokyoDay()) {
  const keywords = await lookUpKeywords(db, search);
  return (await rankedIds(db, { ...search, sort: "newest" }, today, keywords, COUNT_CAP + 1)).length;
}

export type JobSearchResult = Awaited<ReturnType<typeof searchJobs>>;

export async function searchJobs(db: Kysely<Database>, search: JobSearch, today = tokyoDay()) {
  const keywords = await lookUpKeywords(db, search);
  const ids = await rankedIds(db, search, today, keywords, COUNT_CAP + 1);
  const capped = ids.length > COUNT_CAP;
  // The whole result in order, each posting with the offence categories it refuses, so that
  // the browser can count and page what a seeker's private choice leaves (see
  // docs/decisions/0017). Everyone gets the same list: it says nothing about the visitor.
  const all = ids.slice(0, COUNT_CAP);
  const total = all.length;
  const { page, pages, offset } = pageWindow(total, search.page, PAGE_SIZE);
  const jobs = await cardsByIds(db, all.slice(offset, offset + PAGE_SIZE));
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
      // A literal, so that SQLite takes the small index of refusals (job_offence_rules_refused).
      .where("acceptance", "=", sql.lit("no"))
      .where("job_id", "in", ids.slice(i, i + 500))
      .execute();
    for (const row of rows) out.set(row.job_id, [...(out.get(row.job_id) ?? []), row.category]);
  }
  return out;
}

/** Every match's card, newest first: what the browser fills a filtered page from. */
export async function allResultCards(db: Kysely<Database>, search: JobSearch, today = tokyoDay()) {
  const keywords = await lookUpKeywords(db, search);
  return cardsByIds(db, await rankedIds(db, { ...search, sort: "newest" }, today, keywords, COUNT_CAP));
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

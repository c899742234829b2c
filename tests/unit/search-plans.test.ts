import { Kysely, SqliteDialect } from "kysely";
import { describe, expect, it } from "vitest";
import { SEARCH_TUNING, searchJobs } from "../../app/models/job-search.server";
import { publicJobRows, publicJobsQuery } from "../../app/models/jobs.server";
import { addDays, tokyoDay } from "../../app/utils/dates";
import { settleTexts } from "../../app/models/search-text.server";
import { parseJobSearch } from "../../app/schemas/job-search";
import * as newestFirstWithId from "../../db/migrations/2026-12-02-86-newest-first-with-id";
import type { Database } from "../../db/types";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

// A list of postings stops after its page only when an index gives its whole order
// (published_at, then id); it is cheap only when that index also holds every column the
// filters test, so that no posting's table row (its long description included) is read.
// These are the plans SQLite makes without statistics, as the app's database has none.

/** The plan of every statement one search runs, one line per step. */
async function plansOf(sqlite: ReturnType<typeof testDb>["sqlite"], url: string) {
  const statements: Array<{ sql: string; parameters: readonly unknown[] }> = [];
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === "query") statements.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await searchJobs(db, parseJobSearch(new URL(url, "http://x").searchParams));
  return statements
    // The statements that list postings in order; the cards and the offence rules are read by id.
    .filter((s) => /order by .*"jobs"."published_at" desc, "jobs"."id" desc/.test(s.sql))
    .map((s) =>
      sqlite
        .prepare(`explain query plan ${s.sql}`)
        .all(...(s.parameters as unknown[]))
        .map((row) => (row as { detail: string }).detail)
        .join("\n"),
    );
}

async function postings(db: ReturnType<typeof testDb>["db"]) {
  const employer = await makeEmployer(db, { name: "東部建設", ward: "higashi", industry: "construction" });
  for (let i = 0; i < 3; i++) await makeJob(db, { employerId: employer.id, housing: 1, no_experience: 1 });
  const care = await makeEmployer(db, { name: "みなみ介護センター", ward: "minami", industry: "care" });
  await makeJob(db, { employerId: care.id, title: "介護スタッフ", pay_unit: "hour", pay_min: 1100 });
  const welder = await makeEmployer(db, { name: "西部鉄工所", ward: "nishi", industry: "manufacturing" });
  await makeJob(db, { employerId: welder.id, title: "溶接工", pay_unit: "day", pay_min: 12000 });
  await makeJob(db, { employerId: welder.id, title: "組立作業", description: "溶接の経験があれば歓迎します。", pay_unit: "day", pay_min: 11000 });
  await settleTexts(db);
}

describe("the plans of public lists", () => {
  it.each([
    ["/jobs", "jobs_public_newest_idx", {}],
    ["/jobs?ward=higashi&housing=1&no_experience=1", "jobs_ward_idx", {}],
    ["/jobs?industry=construction", "jobs_industry_idx", {}],
    ["/jobs?type=part_time&housing=1&guarantor=1", "jobs_public_newest_idx", {}],
    ["/jobs?sort=pay", "jobs_pay_order_idx", {}],
    ["/jobs?q=介護&sort=pay", "jobs_pay_order_idx", { dense: 0 }],
    // A common word: the filters' postings walked in order, each looked up in the matches.
    ["/jobs?q=溶接&ward=nishi&pay_unit=day&pay_min=10000", "jobs_ward_idx", { dense: 0 }],
  ])("%s walks %s in the list's order and reads no posting row", async (url, index, tuning) => {
    const { db, sqlite } = testDb();
    await postings(db);
    const saved = { ...SEARCH_TUNING };
    Object.assign(SEARCH_TUNING, tuning);
    const plans = await plansOf(sqlite, url).finally(() => Object.assign(SEARCH_TUNING, saved));
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.join("\n\n")).toContain(`SEARCH jobs USING COVERING INDEX ${index}`);
    for (const plan of plans) {
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      expect(plan).not.toMatch(/jobs USING INDEX /);
      expect(plan).not.toMatch(/SCAN jobs\b/);
    }
  });

  it("drives a rare word's list from the index's matches, not from a walk of the ward", async () => {
    const { db, sqlite } = testDb();
    await postings(db);
    const plans = await plansOf(sqlite, "/jobs?q=溶接&ward=nishi&pay_unit=day&pay_min=10000");
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      expect(plan).toContain("SEARCH jobs USING INTEGER PRIMARY KEY (rowid=?)");
      expect(plan).toMatch(/SCAN job_search(_head)? VIRTUAL TABLE/);
      expect(plan).not.toMatch(/jobs_ward_idx|jobs_public_newest_idx/);
    }
  });

  it("comes back to the older indexes with the migration's down, and forward again", async () => {
    const { db, sqlite } = testDb();
    const columns = (name: string) =>
      sqlite
        .prepare(`select name from pragma_index_info(?) order by seqno`)
        .pluck()
        .all(name);
    expect(columns("jobs_public_newest_idx").slice(0, 6)).toEqual(["status", "published_at", "id", "ward", "industry", "end_date"]);
    await newestFirstWithId.down(db);
    expect(columns("jobs_public_newest_idx")).toEqual(["status", "published_at", "end_date", "employer_id"]);
    expect(columns("jobs_status_published_idx")).toEqual(["status", "published_at"]);
    expect(columns("jobs_ward_idx").slice(0, 4)).toEqual(["ward", "status", "published_at", "industry"]);
    expect(columns("jobs_pay_order_idx")).toEqual([]);
    await newestFirstWithId.up(db);
    expect(columns("jobs_ward_idx").slice(0, 5)).toEqual(["ward", "status", "published_at", "id", "industry"]);
    expect(columns("jobs_status_published_idx")).toEqual([]);
    expect(columns("jobs_pay_order_idx").slice(0, 1)).toEqual(["status"]);
  });
});

describe("the public rule without the employers join", () => {
  it("leaves the same postings as the join, for every posting status, employer status and end date", async () => {
    const { db } = testDb();
    const today = tokyoDay();
    for (const employerStatus of ["pending", "approved", "rejected", "suspended"] as const) {
      const employer = await makeEmployer(db, { status: employerStatus });
      for (const status of ["draft", "pending", "published", "rejected", "filled", "closed", "expired"] as const) {
        for (const end of [addDays(today, -1), today, addDays(today, 30)]) {
          const job = await makeJob(db, { employerId: employer.id, status });
          await db.updateTable("jobs").set({ end_date: end }).where("id", "=", job.id).execute();
        }
      }
    }
    const joined = (await publicJobsQuery(db, today).select("jobs.id").orderBy("jobs.id").execute()).map((r) => r.id);
    const rows = (await publicJobRows(db, today).select("jobs.id").orderBy("jobs.id").execute()).map((r) => r.id);
    // Published, ending today or later, of an approved employer: two per status set above.
    expect(joined).toHaveLength(2);
    expect(rows).toEqual(joined);
  });

  it("never lists an employer that is not approved, sorted by pay or newest first, every way", async () => {
    const { db } = testDb();
    const care = await makeEmployer(db, { name: "みなみ介護センター", ward: "minami", industry: "care" });
    const job = (employerId: number, title: string, pay_unit: "hour" | "day" | "month", pay_min: number) =>
      makeJob(db, { employerId, title, description: "介護の仕事です。", industry: "care", ward: "minami", pay_unit, pay_min, pay_max: null });
    // Monthly: 1,200 × 168 = 201,600; 11,000 × 21 = 231,000; 250,000; 180,000.
    await job(care.id, "介護 時給", "hour", 1200);
    await job(care.id, "介護 日給", "day", 11000);
    await job(care.id, "介護 月給", "month", 250000);
    await job(care.id, "介護 月給 低め", "month", 180000);
    for (const status of ["pending", "suspended"] as const) {
      const other = await makeEmployer(db, { status, ward: "minami", industry: "care" });
      await job(other.id, `介護 高給 ${status}`, "month", 900000);
    }
    await settleTexts(db);
    const ways = [
      { dense: Number.MAX_SAFE_INTEGER, lookUp: true },
      { dense: 0, lookUp: true },
      { dense: 0, lookUp: false },
    ];
    for (const way of ways) {
      const saved = { ...SEARCH_TUNING };
      Object.assign(SEARCH_TUNING, way);
      try {
        for (const q of ["介護", "かいご", ""]) {
          const search = (more: Record<string, string>) => searchJobs(db, parseJobSearch(new URLSearchParams({ q, ward: "minami", ...more })));
          const byPay = (await search({ sort: "pay" })).jobs.map((j) => j.title);
          expect(byPay, `${q} ${JSON.stringify(way)}`).toEqual(["介護 月給", "介護 日給", "介護 時給", "介護 月給 低め"]);
          const newest = (await search({})).jobs.map((j) => j.title);
          expect([...newest].sort(), `${q} ${JSON.stringify(way)}`).toEqual([...byPay].sort());
        }
      } finally {
        Object.assign(SEARCH_TUNING, saved);
      }
    }
  });
});

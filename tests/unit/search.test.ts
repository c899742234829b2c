import { beforeAll, describe, expect, it } from "vitest";
import { analyse } from "../../app/utils/analyser.server";
import { dropSuggestions, searchJobs } from "../../app/models/job-search.server";
import { settleTexts } from "../../app/models/search-text.server";
import { getPublicJob } from "../../app/models/public-jobs.server";
import { parseJobSearch, searchQuery } from "../../app/schemas/job-search";
import { addDays, tokyoDay } from "../../app/utils/dates";
import type { Database } from "../../db/types";
import type { Kysely } from "kysely";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

beforeAll(() => analyse("漢字"), 60_000);

function search(query: string) {
  return parseJobSearch(new URLSearchParams(query));
}

async function titles(db: Kysely<Database>, query: string) {
  const result = await searchJobs(db, search(query));
  return result.jobs.map((j) => j.title).sort();
}

async function fixture() {
  const { db } = testDb();
  const higashi = await makeEmployer(db, {
    name: "有限会社 つばさ介護サービス",
    address: "熊本市東区健軍9丁目9-9",
    ward: "higashi",
    industry: "care",
  });
  const nishi = await makeEmployer(db, {
    name: "西部鉄工所",
    address: "熊本市西区上熊本9丁目9-9",
    ward: "nishi",
    industry: "manufacturing",
  });
  await makeJob(db, {
    employerId: higashi.id,
    title: "介護スタッフ",
    description: "施設で食事や入浴の手伝いをします。寮あり。",
    industry: "care",
    ward: "higashi",
    workplace_address: "熊本市東区健軍9丁目9-9",
    housing: 1,
    pay_unit: "month",
    pay_min: 180000,
    pay_max: 220000,
  });
  await makeJob(db, {
    employerId: nishi.id,
    title: "溶接工",
    description: "鉄骨の溶接。フォークリフトの免許があれば歓迎。",
    industry: "manufacturing",
    ward: "nishi",
    workplace_address: "熊本市西区上熊本9丁目9-9",
    pay_unit: "hour",
    pay_min: 1200,
    pay_max: null,
    no_experience: 0,
  });
  await makeJob(db, {
    employerId: nishi.id,
    title: "倉庫の仕分け",
    description: "荷物を仕分けます。ＡＢＣ順に並べる簡単な作業です。",
    industry: "transport",
    ward: "nishi",
    workplace_address: "熊本市西区春日9丁目9-9",
    pay_unit: "hour",
    pay_min: 1000,
    pay_max: 1100,
    meals: 1,
  });
  await settleTexts(db);
  return { db, higashi, nishi };
}

describe("keyword search", () => {
  it("finds one-character words (寮) in the description", async () => {
    const { db } = await fixture();
    expect(await titles(db, "q=寮")).toEqual(["介護スタッフ"]);
  });

  it("finds two-character words in title, description, employer name and address", async () => {
    const { db } = await fixture();
    expect(await titles(db, "q=介護")).toEqual(["介護スタッフ"]);
    expect(await titles(db, "q=溶接")).toEqual(["溶接工"]);
    expect(await titles(db, "q=東区")).toEqual(["介護スタッフ"]);
    expect(await titles(db, "q=鉄工")).toEqual(["倉庫の仕分け", "溶接工"]);
    expect(await titles(db, "q=春日")).toEqual(["倉庫の仕分け"]);
  });

  it("finds words of three characters and more, and a word at the very end of a field", async () => {
    const { db } = await fixture();
    expect(await titles(db, "q=フォークリフト")).toEqual(["溶接工"]);
    expect(await titles(db, "q=溶接工")).toEqual(["溶接工"]);
    expect(await titles(db, "q=工")).toEqual(["倉庫の仕分け", "溶接工"]);
    expect(await titles(db, "q=けです")).toEqual([]);
  });

  it("ANDs words separated by half- or full-width spaces", async () => {
    const { db } = await fixture();
    expect(await titles(db, "q=西区 溶接")).toEqual(["溶接工"]);
    expect(await titles(db, "q=西区　仕分け")).toEqual(["倉庫の仕分け"]);
    expect(await titles(db, "q=介護 溶接")).toEqual([]);
  });

  it("treats quotes and FTS operators as plain text", async () => {
    const { db } = await fixture();
    expect(await titles(db, `q=${encodeURIComponent('"介護" OR *')}`)).toEqual([]);
    expect(await titles(db, "q=NEAR")).toEqual([]);
  });
});

describe("filters", () => {
  it("combines ward, pay and yes/no filters", async () => {
    const { db } = await fixture();
    expect(await titles(db, "ward=nishi")).toEqual(["倉庫の仕分け", "溶接工"]);
    expect(await titles(db, "ward=nishi&pay_unit=hour&pay_min=1100")).toEqual(["溶接工"]);
    expect(await titles(db, "ward=nishi&meals=1")).toEqual(["倉庫の仕分け"]);
    expect(await titles(db, "housing=1&industry=care&q=スタッフ")).toEqual(["介護スタッフ"]);
    expect(await titles(db, "pay_unit=month&pay_min=200000")).toEqual([]);
    expect(await titles(db, "pay_unit=day")).toEqual([]);
  });

  it("compares pay only within the same unit and sorts by a monthly figure", async () => {
    const { db } = await fixture();
    expect(await titles(db, "pay_unit=hour&pay_min=1000")).toEqual(["倉庫の仕分け", "溶接工"]);
    const sorted = await searchJobs(db, search("sort=pay"));
    expect(sorted.jobs.map((j) => j.title)).toEqual(["溶接工", "介護スタッフ", "倉庫の仕分け"]);
  });

  it("says which filter to drop when nothing matches", async () => {
    const { db } = await fixture();
    const empty = search("q=溶接&housing=1");
    expect((await searchJobs(db, empty)).total).toBe(0);
    const suggestions = await dropSuggestions(db, empty);
    expect(suggestions.map((s) => [s.label, s.count])).toEqual([
      ["ことば「溶接」", 1],
      ["寮・社宅あり", 1],
    ]);
    expect(searchQuery(empty, { ...suggestions[1].without, page: 1 })).toBe("?q=%E6%BA%B6%E6%8E%A5");
    expect(searchQuery(empty, { ...suggestions[0].without, page: 1 })).toBe("?housing=1");
  });

  it("pages twenty at a time", async () => {
    const { db, nishi } = await fixture();
    for (let i = 0; i < 22; i++) await makeJob(db, { employerId: nishi.id, title: `検品 ${i}` });
    const first = await searchJobs(db, search("q=検品"));
    expect([first.total, first.pages, first.jobs.length]).toEqual([22, 2, 20]);
    const second = await searchJobs(db, search("q=検品&page=2"));
    expect(second.jobs.length).toBe(2);
    const beyond = await searchJobs(db, search("q=検品&page=9"));
    expect(beyond.page).toBe(2);
  });
});

describe("the index follows every change", () => {
  // A change by any path (here plain SQL, as a script would) queues the row; the app
  // settles the queue after each save and at start.
  it("reflects an edited posting in the very next search", async () => {
    const { db } = await fixture();
    await db.updateTable("jobs").set({ title: "清掃スタッフ", description: "ビルの清掃です。", housing: 0 }).where("title", "=", "介護スタッフ").execute();
    expect(await db.selectFrom("text_queue").selectAll().execute()).toHaveLength(1);
    await settleTexts(db);
    expect(await titles(db, "q=清掃")).toEqual(["清掃スタッフ"]);
    expect(await titles(db, "q=寮")).toEqual([]);
    expect(await titles(db, "q=入浴")).toEqual([]);
  });

  it("reflects an employer's new name in the very next search", async () => {
    const { db, nishi } = await fixture();
    await db.updateTable("employers").set({ name: "みどり物流" }).where("id", "=", nishi.id).execute();
    await settleTexts(db);
    expect(await titles(db, "q=みどり物流")).toEqual(["倉庫の仕分け", "溶接工"]);
    expect(await titles(db, "q=鉄工")).toEqual([]);
  });

  it("drops closed, filled, expired and suspended postings at once", async () => {
    const { db, nishi, higashi } = await fixture();
    await db.updateTable("jobs").set({ status: "closed" }).where("title", "=", "溶接工").execute();
    expect(await titles(db, "q=溶接")).toEqual([]);
    await db.updateTable("jobs").set({ status: "filled" }).where("title", "=", "倉庫の仕分け").execute();
    expect(await titles(db, "ward=nishi")).toEqual([]);
    await db.updateTable("jobs").set({ end_date: addDays(tokyoDay(), -1) }).where("employer_id", "=", higashi.id).execute();
    expect(await titles(db, "q=介護")).toEqual([]);
    await makeJob(db, { employerId: nishi.id, title: "旋盤工" });
    await db.updateTable("employers").set({ status: "suspended" }).where("id", "=", nishi.id).execute();
    expect(await titles(db, "q=旋盤")).toEqual([]);
  });

  it("never shows drafts or postings waiting for review", async () => {
    const { db, nishi } = await fixture();
    const draft = await makeJob(db, { employerId: nishi.id, title: "板金工 下書き", status: "draft" });
    await makeJob(db, { employerId: nishi.id, title: "板金工 審査中", status: "pending" });
    expect(await titles(db, "q=板金")).toEqual([]);
    expect((await getPublicJob(db, draft.id)).state).toBe("missing");
  });

  it("forgets a deleted posting", async () => {
    const { db, nishi } = await fixture();
    const job = await makeJob(db, { employerId: nishi.id, title: "塗装工", status: "draft" });
    await db.deleteFrom("job_offence_rules").where("job_id", "=", job.id).execute();
    await db.deleteFrom("jobs").where("id", "=", job.id).execute();
    const left = await db.selectFrom("job_search_text").select("job_id").where("job_id", "=", job.id).execute();
    expect(left).toEqual([]);
  });
});

describe("one posting", () => {
  it("is open, ended (410) or missing", async () => {
    const { db, nishi } = await fixture();
    const open = await makeJob(db, { employerId: nishi.id, offences: { sexual: "no", drugs: "consult" } });
    const result = await getPublicJob(db, open.id);
    expect(result.state).toBe("open");
    if (result.state === "open") {
      expect(result.job.offences.sexual).toBe("no");
      expect(result.job.offences.drugs).toBe("consult");
      expect(result.job.employer.name).toBe("西部鉄工所");
    }
    const filled = await makeJob(db, { employerId: nishi.id, status: "filled" });
    expect((await getPublicJob(db, filled.id)).state).toBe("ended");
    const expired = await makeJob(db, { employerId: nishi.id, status: "expired" });
    expect((await getPublicJob(db, expired.id)).state).toBe("ended");
    expect((await getPublicJob(db, 999_999)).state).toBe("missing");
  });
});

import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { SEARCH_TUNING, searchJobs } from "../../app/models/job-search.server";
import { settleTexts } from "../../app/models/search-text.server";
import { parseJobSearch } from "../../app/schemas/job-search";
import { analyse } from "../../app/utils/analyser.server";
import type { Database } from "../../db/types";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

// The words people type, as the issue lists them: each must find the postings it should,
// through folding (full- and half-width, katakana and hiragana), readings, the posting's
// facts and the synonym table.

beforeAll(() => analyse("漢字"), 60_000);

async function titles(db: Kysely<Database>, q: string) {
  const result = await searchJobs(db, parseJobSearch(new URLSearchParams({ q })));
  return result.jobs.map((j) => j.title);
}

const plain = {
  no_experience: 0, housing: 0, guarantor_not_needed: 0, employer_guarantor: 0, probation_ok: 0,
  employment_type: "part_time", description: "ていねいに教えます。",
} as const;

async function board() {
  const { db } = testDb();
  const higashi = await makeEmployer(db, { name: "有限会社 みどりの手", address: "熊本市東区戸島町9-9", ward: "higashi", industry: "care" });
  const nishi = await makeEmployer(db, { name: "西部鉄工所", address: "熊本市西区春日9-9", ward: "nishi", industry: "manufacturing" });
  const minami = await makeEmployer(db, { name: "南運送", address: "熊本市南区田迎9-9", ward: "minami", industry: "transport" });
  const job = (employerId: number, title: string, more: Record<string, unknown> = {}) =>
    makeJob(db, { employerId, industry: undefined, ...plain, title, ...more } as Parameters<typeof makeJob>[1]);
  await job(higashi.id, "介護スタッフ", { housing: 1, employment_type: "full_time", industry: "care", ward: "higashi" });
  await job(higashi.id, "訪問ヘルパー", { description: "お年寄りの家で介護の手伝いをします。", industry: "care", ward: "higashi" });
  await job(higashi.id, "施設の夜勤", { description: "寮があります。", industry: "care", ward: "higashi" });
  await job(nishi.id, "溶接工", { no_experience: 1, employment_type: "full_time", industry: "manufacturing", ward: "nishi" });
  await job(nishi.id, "倉庫の仕分け", { description: "ﾌｫｰｸﾘﾌﾄ（４ｔ）を使います。", housing: 1, industry: "transport", ward: "nishi" });
  await job(minami.id, "配送ドライバー", { description: "ＡＴ限定の免許でも大丈夫です。", guarantor_not_needed: 1, industry: "transport", ward: "minami" });
  await job(minami.id, "事務", { description: "電話の受付です。", industry: "other", ward: "minami" });
  await settleTexts(db);
  return db;
}

describe("search finds what people type", () => {
  it("寮 and りょう find every posting with the dormitory fact, and 寮 in a description", async () => {
    const db = await board();
    expect((await titles(db, "寮")).sort()).toEqual(["介護スタッフ", "倉庫の仕分け", "施設の夜勤"].sort());
    expect((await titles(db, "りょう")).sort()).toEqual(["介護スタッフ", "倉庫の仕分け", "施設の夜勤"].sort());
  });

  it("介護 in any spelling finds every care posting, the synonym ヘルパー too", async () => {
    const db = await board();
    const care = ["介護スタッフ", "施設の夜勤", "訪問ヘルパー"].sort();
    for (const q of ["介護", "かいご", "カイゴ", "ｶｲｺﾞ"]) expect((await titles(db, q)).sort(), q).toEqual(care);
    expect((await titles(db, "ヘルパー")).sort()).toContain("介護スタッフ");
  });

  it("正社員 finds every full-time posting; 未経験 and 未経験OK the postings that say so", async () => {
    const db = await board();
    expect((await titles(db, "正社員")).sort()).toEqual(["介護スタッフ", "溶接工"].sort());
    expect(await titles(db, "未経験OK")).toEqual(["溶接工"]);
    expect(await titles(db, "未経験")).toEqual(["溶接工"]);
    expect(await titles(db, "保証人なし")).toEqual(["配送ドライバー"]);
  });

  it("finds readings, folded katakana, half- and full-width letters and digits", async () => {
    const db = await board();
    expect(await titles(db, "ようせつ")).toEqual(["溶接工"]);
    expect((await titles(db, "ひがしく")).sort()).toEqual(["介護スタッフ", "施設の夜勤", "訪問ヘルパー"].sort());
    for (const q of ["フォークリフト", "ふぉーくりふと", "ﾌｫｰｸﾘﾌﾄ", "４ｔ", "4t"]) expect(await titles(db, q), q).toEqual(["倉庫の仕分け"]);
    for (const q of ["AT", "ＡＴ", "at"]) expect(await titles(db, q), q).toEqual(["配送ドライバー"]);
  });

  it("運転手 finds the driver through the synonym table; ward and industry names find theirs", async () => {
    const db = await board();
    expect(await titles(db, "運転手")).toEqual(["配送ドライバー"]);
    expect((await titles(db, "南区")).sort()).toEqual(["事務", "配送ドライバー"].sort());
    expect((await titles(db, "製造業"))).toEqual(["溶接工"]);
  });

  it("ranks postings whose title or facts hold the word before those whose text does", async () => {
    const db = await board();
    const nishi = await db.selectFrom("employers").select("id").where("name", "=", "西部鉄工所").executeTakeFirstOrThrow();
    // The newest posting, with 溶接 only in its description: without ranking it came first.
    await makeJob(db, { employerId: nishi.id, ...plain, title: "組立作業", description: "溶接の経験があれば歓迎します。", industry: "other" });
    await settleTexts(db);
    expect(await titles(db, "溶接")).toEqual(["溶接工", "組立作業"]);
    expect(await titles(db, "ようせつ")).toEqual(["溶接工", "組立作業"]);
  });
});

describe("the same answers whichever way the words are tested", () => {
  // A big board reads a word's matches from the index, or walks postings in the list's order
  // looking each up in the index's matches or checking its text; a small board never
  // reaches the points where one gives way to the other, so they are moved here.
  const ways = [
    { name: "index", dense: Number.MAX_SAFE_INTEGER, lookUp: true },
    { name: "walk in order, looking postings up in the index's matches", dense: 0, lookUp: true },
    { name: "walk in order, checking each text", dense: 0, lookUp: false },
  ];
  for (const way of ways) {
    it(`finds and ranks the same postings (${way.name})`, async () => {
      const before = { ...SEARCH_TUNING };
      Object.assign(SEARCH_TUNING, { dense: way.dense, lookUp: way.lookUp });
      try {
        const db = await board();
        const care = ["介護スタッフ", "施設の夜勤", "訪問ヘルパー"].sort();
        expect((await titles(db, "かいご")).sort()).toEqual(care);
        expect((await titles(db, "寮")).sort()).toEqual(["介護スタッフ", "倉庫の仕分け", "施設の夜勤"].sort());
        // Title and facts first: 施設の夜勤 (the industry's name) before 倉庫の仕分け (text only).
        expect(await titles(db, "ふぉーくりふと")).toEqual(["倉庫の仕分け"]);
        expect(await titles(db, "りょう")).toEqual(["倉庫の仕分け", "介護スタッフ", "施設の夜勤"]);
        const filtered = await searchJobs(db, parseJobSearch(new URLSearchParams({ q: "寮", ward: "higashi" })));
        expect(filtered.jobs.map((j) => j.title).sort()).toEqual(["介護スタッフ", "施設の夜勤"].sort());
        expect(filtered.total).toBe(2);
        expect(await titles(db, "ふぉーくりふと 4t")).toEqual(["倉庫の仕分け"]);
        expect(await titles(db, "溶接 寮")).toEqual([]);
        // Counts, pages and the list the browser filters come from the same ordered list.
        const all = await searchJobs(db, parseJobSearch(new URLSearchParams({ q: "りょう" })));
        expect([all.total, all.capped, all.pages]).toEqual([3, false, 1]);
        expect(all.facts.map(([id]) => id)).toEqual(all.jobs.map((j) => j.id));
        const byPay = await searchJobs(db, parseJobSearch(new URLSearchParams({ q: "寮", sort: "pay" })));
        // Same pay everywhere: newest first, with no tiers.
        expect(byPay.jobs.map((j) => j.title)).toEqual(["倉庫の仕分け", "施設の夜勤", "介護スタッフ"]);
      } finally {
        Object.assign(SEARCH_TUNING, before);
      }
    });
  }
});

import { describe, expect, it } from "vitest";
import { countJobs, searchJobs } from "../../app/models/job-search.server";
import { parseJobSearch } from "../../app/schemas/job-search";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

// Whatever a person (or a scanner) types into the search box, the answer is a normal list:
// FTS5 query syntax and bytes it cannot read never reach it as anything but literal text.
const NASTY = [
  ["three NUL characters", "\0\0\0"],
  ["NUL inside a word", "介護\0スタッフ"],
  ["a lone double quote", '"'],
  ["a star", "*"],
  ["NEAR(", "NEAR("],
  ["operators", "AND OR NOT"],
  ["a caret", "^"],
  ["a column filter", "title:介護"],
  ["3,000 characters", "介".repeat(3000)],
  ["3,000 characters without spaces", "a".repeat(3000)],
  ["many words", Array.from({ length: 200 }, (_, i) => `w${i}`).join(" ")],
  ["emoji", "😀👍🏽"],
  ["a lone surrogate", "\uD800介護"],
  ["SQL-ish punctuation", `% _ " < > '`],
  ["control characters", "\u0001\u0007\u001b[31m\u007f"],
] as const;

async function fixture() {
  const { db } = testDb();
  const employer = await makeEmployer(db, { name: "つばさ介護サービス" });
  await makeJob(db, { employerId: employer.id, title: "介護スタッフ", description: "施設での介護の仕事です。" });
  return db;
}

describe("keyword search with any input", () => {
  it.each(NASTY)("%s answers with a normal result", async (_, q) => {
    const db = await fixture();
    const search = parseJobSearch(new URLSearchParams({ q }));
    const result = await searchJobs(db, search);
    expect(result.page).toBe(1);
    expect(result.total).toBe(result.jobs.length);
    expect(result.total).toBeLessThanOrEqual(1);
  });

  it("control characters are dropped, not searched for: 介\\0護 finds 介護", async () => {
    const db = await fixture();
    const result = await searchJobs(db, parseJobSearch(new URLSearchParams({ q: "介\0護スタッフ" })));
    expect(result.jobs.map((j) => j.title)).toEqual(["介護スタッフ"]);
  });

  it("a word of only control characters is no word: every posting is listed", async () => {
    const db = await fixture();
    expect(await countJobs(db, parseJobSearch(new URLSearchParams({ q: "\0\0\0" })))).toBe(1);
  });

  it("quotes and operators are literal text, not query syntax", async () => {
    const db = await fixture();
    expect(await countJobs(db, parseJobSearch(new URLSearchParams({ q: 'スタッフ" OR "介護' })))).toBe(0);
    expect(await countJobs(db, parseJobSearch(new URLSearchParams({ q: "介護 NOT" })))).toBe(0);
  });
});

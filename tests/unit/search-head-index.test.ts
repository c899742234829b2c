import { beforeAll, describe, expect, it } from "vitest";
import { searchJobs } from "../../app/models/job-search.server";
import { settleTexts } from "../../app/models/search-text.server";
import { parseJobSearch } from "../../app/schemas/job-search";
import { analyse } from "../../app/utils/analyser.server";
import * as searchSpeed from "../../db/migrations/2026-12-02-85-search-speed";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

// The title-and-facts index (job_search_head) is written by triggers on job_search_text, as
// job_search is: every save the app settles must reach both, or a posting ranks in the wrong
// tier or is found by a title it no longer has.

beforeAll(() => analyse("漢字"), 60_000);

async function titles(db: Parameters<typeof searchJobs>[0], q: string) {
  return (await searchJobs(db, parseJobSearch(new URLSearchParams({ q })))).jobs.map((j) => j.title);
}

function headMatches(sqlite: ReturnType<typeof testDb>["sqlite"], phrase: string) {
  return sqlite.prepare("select rowid from job_search_head where job_search_head match ?").pluck().all(`"${phrase}"`);
}

describe("the title-and-facts index", () => {
  it("follows a posting's new title, its deletion, and stays whole", async () => {
    const { db, sqlite } = testDb();
    const employer = await makeEmployer(db, { name: "西部鉄工所", ward: "nishi", industry: "manufacturing" });
    const job = await makeJob(db, { employerId: employer.id, title: "溶接工", description: "鉄骨を組みます。" });
    const other = await makeJob(db, { employerId: employer.id, title: "組立作業", description: "溶接の経験があれば歓迎します。" });
    await settleTexts(db);
    expect(headMatches(sqlite, "溶接工")).toEqual([job.id]);
    // Title first, then the posting whose description holds the word.
    expect(await titles(db, "溶接")).toEqual(["溶接工", "組立作業"]);

    await db.updateTable("jobs").set({ title: "塗装工" }).where("id", "=", job.id).execute();
    await settleTexts(db);
    expect(headMatches(sqlite, "溶接工")).toEqual([]);
    expect(headMatches(sqlite, "塗装工")).toEqual([job.id]);
    expect(await titles(db, "溶接")).toEqual(["組立作業"]);

    await db.deleteFrom("job_offence_rules").where("job_id", "=", other.id).execute();
    await db.deleteFrom("jobs").where("id", "=", other.id).execute();
    expect(headMatches(sqlite, "組立作業")).toEqual([]);
    expect(() => sqlite.exec("insert into job_search_head (job_search_head) values ('integrity-check')")).not.toThrow();
  });

  it("is built from the existing search text when the migration runs, and removed by its down", async () => {
    const { db, sqlite } = testDb();
    const employer = await makeEmployer(db, { name: "南運送", ward: "minami", industry: "transport" });
    const job = await makeJob(db, { employerId: employer.id, title: "フォークリフト作業" });
    await settleTexts(db);
    await searchSpeed.down(db);
    const names = () => sqlite.prepare("select name from sqlite_master where name like 'job_search_head%' or name in ('job_offence_rules_refused', 'jobs_public_newest_idx')").pluck().all();
    expect(names()).toEqual([]);
    await searchSpeed.up(db);
    expect(names()).toEqual(expect.arrayContaining(["job_search_head", "job_search_head_ai", "job_offence_rules_refused", "jobs_public_newest_idx"]));
    expect(headMatches(sqlite, "ふぉーくりふと")).toEqual([job.id]);
    expect(await titles(db, "フォークリフト")).toEqual(["フォークリフト作業"]);
  });
});

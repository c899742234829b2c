import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { contentVersionReader } from "../../app/models/content-version.server";
import { searchJobs } from "../../app/models/job-search.server";
import { settleTexts } from "../../app/models/search-text.server";
import { parseJobSearch } from "../../app/schemas/job-search";
import { pageCache } from "../../app/server/page-cache-http";
import { tokyoDay } from "../../app/utils/dates";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

describe("page cache in front of the renderer", () => {
  it("drops a posting that ended yesterday from a cached list once midnight passes in Tokyo", async () => {
    const { db, sqlite } = testDb();
    let clock = new Date("2026-12-10T23:59:00+09:00").getTime();
    const employer = await makeEmployer(db);
    await makeJob(db, { employerId: employer.id, title: "今日まで ごみ収集", end_date: "2026-12-10" });
    await makeJob(db, { employerId: employer.id, title: "来月まで ごみ収集", end_date: "2027-01-31" });
    // Readings and search text, as the app writes them when it saves a posting.
    await settleTexts(db);

    const app = express();
    app.use(
      pageCache({
        megabytes: 1,
        origin: "http://127.0.0.1",
        now: () => clock,
        contentVersion: contentVersionReader(sqlite),
        render: async (request) => {
          const search = parseJobSearch(new URL(request.url).searchParams);
          const { jobs } = await searchJobs(db, search, tokyoDay(new Date(clock)));
          const body = `<!DOCTYPE html><ul>${jobs.map((j) => `<li>${j.title}</li>`).join("")}</ul>`;
          return new Response(body, { headers: { "Content-Type": "text/html; charset=utf-8" } });
        },
      }),
    );
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (url: string) => {
      const response = await fetch(`${base}${url}`);
      return { cache: response.headers.get("x-cache"), text: await response.text() };
    };
    try {
      const url = `/jobs?q=${encodeURIComponent("ごみ収集")}`;
      expect(await get(url)).toEqual({ cache: "miss", text: expect.stringContaining("今日まで ごみ収集") });
      expect(await get(url)).toEqual({ cache: "hit", text: expect.stringContaining("今日まで ごみ収集") });

      clock = new Date("2026-12-11T00:00:01+09:00").getTime();
      const after = await get(url);
      expect(after.cache).toBe("miss");
      expect(after.text).not.toContain("今日まで ごみ収集");
      expect(after.text).toContain("来月まで ごみ収集");

      // The safety net: nothing older than five minutes is served.
      expect((await get(url)).cache).toBe("hit");
      clock += 5 * 60_000;
      expect((await get(url)).cache).toBe("miss");
    } finally {
      server.close();
    }
  });
});

import { describe, expect, it } from "vitest";
import { chooseEncoding, isPublicPath, pageKey, PageCache, type CachedPage } from "../../app/server/page-cache";

function page(bytes: number, expiresAt = Number.MAX_SAFE_INTEGER): CachedPage {
  return {
    status: 200,
    headers: [["content-type", "text/html; charset=utf-8"]],
    bodies: { identity: Buffer.alloc(bytes, 97), gzip: Buffer.alloc(bytes >> 2, 98), br: Buffer.alloc(bytes >> 3, 99) },
    etag: 'W/"x"',
    expiresAt,
  };
}

describe("page cache store", () => {
  it("holds its byte budget under 10,000 distinct addresses, evicting the least recently used", () => {
    const cache = new PageCache({ maxBytes: 1024 * 1024 });
    cache.checkGeneration("1:2026-12-02");
    for (let i = 0; i < 10_000; i++) {
      expect(cache.set(`/jobs?q=${i}`, page(2000 + (i % 7) * 300), "1:2026-12-02")).toBe(true);
      if (i === 10) cache.get("/jobs?q=0"); // used again: survives longer than its neighbours
      expect(cache.bytes).toBeLessThanOrEqual(1024 * 1024);
    }
    // Every encoding and the key are counted: about 1 MB / (2900 × 1.375 + overhead) entries.
    expect(cache.size).toBeGreaterThan(200);
    expect(cache.size).toBeLessThan(300);
    expect(cache.get("/jobs?q=9999")).toBeDefined();
    expect(cache.get("/jobs?q=1")).toBeUndefined();
    // Ten thousand compressions: seconds on a busy machine.
  }, 60_000);

  it("keeps a recently read entry over older ones", () => {
    const cache = new PageCache({ maxBytes: 3 * 1700 });
    cache.checkGeneration("g");
    cache.set("a", page(1000), "g");
    cache.set("b", page(1000), "g");
    cache.get("a");
    cache.set("c", page(1000), "g");
    cache.set("d", page(1000), "g");
    expect([cache.get("a") !== undefined, cache.get("b") !== undefined, cache.get("d") !== undefined]).toEqual([true, false, true]);
  });

  it("empties itself when the generation changes and refuses a page made under an old one", () => {
    const cache = new PageCache({ maxBytes: 1e6 });
    cache.checkGeneration("1:2026-12-02");
    cache.set("/", page(10), "1:2026-12-02");
    cache.checkGeneration("2:2026-12-02");
    expect(cache.get("/")).toBeUndefined();
    expect(cache.bytes).toBe(0);
    expect(cache.set("/", page(10), "1:2026-12-02")).toBe(false);
    expect(cache.get("/")).toBeUndefined();
  });

  it("drops an entry past its age", () => {
    let now = 1000;
    const cache = new PageCache({ maxBytes: 1e6, now: () => now });
    cache.checkGeneration("g");
    cache.set("/jobs/1", page(10, 2000), "g");
    expect(cache.get("/jobs/1")).toBeDefined();
    now = 2000;
    expect(cache.get("/jobs/1")).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});

describe("page cache keys", () => {
  it("puts the query in one order and keeps only the cookies that change a page", () => {
    expect(pageKey("/jobs", "?ward=kita&q=%E4%BB%8B%E8%AD%B7", "theme=dark")).toBe(pageKey("/jobs", "?q=介護&ward=kita", undefined));
    expect(pageKey("/jobs", "", "furigana=1")).not.toBe(pageKey("/jobs", "", undefined));
    expect(pageKey("/jobs", "", "furigana=2")).toBeNull();
  });

  it("covers the public pages only", () => {
    for (const path of ["/", "/jobs", "/jobs/12", "/employers/3", "/events", "/events/4", "/events.ics", "/events/4.ics", "/magazine", "/magazine/2", "/feed.xml", "/for-employers", "/for-employers/events.ics", "/help"]) {
      expect(isPublicPath(path), path).toBe(true);
    }
    for (const path of ["/login", "/staff", "/employer", "/jobs/12/contact", "/jobs.data", "/jobs/12.data", "/surveys/abc", "/healthz"]) {
      expect(isPublicPath(path), path).toBe(false);
    }
  });

  it("serves the best encoding the client accepts", () => {
    const all = ["identity", "gzip", "br"] as const;
    expect(chooseEncoding("gzip, deflate, br", all)).toBe("br");
    expect(chooseEncoding("gzip", all)).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip", all)).toBe("gzip");
    expect(chooseEncoding(undefined, all)).toBe("identity");
    expect(chooseEncoding("br", ["identity"])).toBe("identity");
  });
});

import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/utils/http";
import { formatDate, formatDateTime, tokyoDay, addMonths } from "~/utils/dates";

describe("safeRedirectPath", () => {
  it.each([
    ["/staff", "/staff"],
    ["/jobs?q=%E5%AF%AE", "/jobs?q=%E5%AF%AE"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["", "/"],
    [null, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirectPath(input, "/")).toBe(expected);
  });

  // Each of these could become "//evil.example" (another site) after the URL parser, a
  // browser or a proxy has normalised or decoded it.
  it.each([
    "/.//evil.example",
    "/..//evil.example",
    "/./..//evil.example",
    "/a/..//evil.example",
    "/%2E//evil.example",
    "/%2e%2e//evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/.%2F/evil.example",
    "/%5C/evil.example",
    "/%5cevil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/evil.example",
    "/%09/evil.example",
    "/%0D%0A/evil.example",
    "/%00/evil.example",
    "/jobs%0D%0ASet-Cookie:x=1",
    "/ /evil.example".replace(" ", "\u007f"),
    "/%",
    "http:/evil.example",
    " /evil.example",
  ])("refuses %j", (input) => {
    expect(safeRedirectPath(input, "/fallback")).toBe("/fallback");
  });

  it.each([
    ["/staff/jobs?status=pending#list", "/staff/jobs?status=pending#list"],
    ["/a/../staff", "/staff"],
    ["/jobs?q=%E5%AF%AE%20%E9%A3%9F%E4%BA%8B", "/jobs?q=%E5%AF%AE%20%E9%A3%9F%E4%BA%8B"],
  ])("keeps a path on this site: %s", (input, expected) => {
    const result = safeRedirectPath(input, "/fallback");
    expect(result).toBe(expected);
    expect(new URL(result, "https://jobs.example.jp").origin).toBe("https://jobs.example.jp");
  });
});

describe("dates in Asia/Tokyo", () => {
  it("format the Japanese way", () => {
    expect(formatDateTime("2026-12-03T04:30:00.000Z")).toBe("2026年12月3日(木) 13:30");
    expect(formatDate("2026-12-03")).toBe("2026年12月3日(木)");
  });
  it("take the Tokyo day, not the UTC day", () => {
    expect(tokyoDay("2026-03-31T15:00:00.000Z")).toBe("2026-04-01");
    expect(tokyoDay("2026-03-31T14:59:59.999Z")).toBe("2026-03-31");
  });
  it("add months without overflowing short months", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
  });
});

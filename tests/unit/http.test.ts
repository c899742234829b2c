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

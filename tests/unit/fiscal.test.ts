import { describe, expect, it } from "vitest";
import {
  fiscalMonths,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearOfMonth,
  lastDayOfMonth,
  monthEndUtc,
  monthStartUtc,
  tokyoMonth,
  warekiFiscalYear,
} from "../../app/utils/fiscal";

describe("Tokyo months", () => {
  it("puts an instant in the month it is in Tokyo, not in UTC", () => {
    expect(tokyoMonth("2026-03-31T14:59:59.999Z")).toBe("2026-03");
    expect(tokyoMonth("2026-03-31T15:00:00.000Z")).toBe("2026-04");
    expect(tokyoMonth("2026-03-31T15:30:00.000Z")).toBe("2026-04");
    expect(tokyoMonth("2026-12-31T15:00:00.000Z")).toBe("2027-01");
    expect(tokyoMonth("2028-02-28T15:00:00.000Z")).toBe("2028-02"); // leap day in Tokyo
  });

  it("gives the UTC bounds of a Tokyo month", () => {
    expect(monthStartUtc("2026-04")).toBe("2026-03-31T15:00:00.000Z");
    expect(monthEndUtc("2026-04")).toBe("2026-04-30T15:00:00.000Z");
    expect(monthEndUtc("2026-12")).toBe("2026-12-31T15:00:00.000Z");
    expect(lastDayOfMonth("2028-02")).toBe("2028-02-29");
  });
});

describe("fiscal years (April to March)", () => {
  it("counts January to March with the April before", () => {
    expect(fiscalYearOfMonth("2026-03")).toBe(2025);
    expect(fiscalYearOfMonth("2026-04")).toBe(2026);
    expect(fiscalYearOfMonth("2027-03")).toBe(2026);
  });

  it("takes the fiscal year of an instant in Tokyo time", () => {
    expect(fiscalYearOf("2026-03-31T14:59:59.999Z")).toBe(2025);
    expect(fiscalYearOf("2026-03-31T15:30:00.000Z")).toBe(2026);
    expect(fiscalYearOf("2026-03-31")).toBe(2025); // a calendar day is already Tokyo's
  });

  it("lists the twelve months from April", () => {
    const months = fiscalMonths(2026);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2026-04");
    expect(months[8]).toBe("2026-12");
    expect(months[9]).toBe("2027-01");
    expect(months[11]).toBe("2027-03");
  });

  it("names the fiscal year in the Japanese era", () => {
    expect(warekiFiscalYear(2026)).toBe("令和8年度");
    expect(warekiFiscalYear(2019)).toBe("令和元年度");
    expect(warekiFiscalYear(2018)).toBe("平成30年度");
    expect(fiscalYearLabel(2026)).toBe("2026年度（令和8年度）");
  });
});

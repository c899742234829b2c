import { describe, expect, it } from "vitest";
import { parseJobSearch, payProblem } from "../../app/schemas/job-search";
import { parseYen } from "../../app/utils/yen";

describe("parseYen: amounts as people type them", () => {
  it.each([
    ["200000", 200_000],
    ["200,000", 200_000],
    ["２００，０００", 200_000],
    ["20万", 200_000],
    ["２０万", 200_000],
    ["２０万円", 200_000],
    ["20万円以上", 200_000],
    ["20万5千", 205_000],
    ["20万5000", 205_000],
    ["1.5万", 15_000],
    ["二十万", 200_000],
    ["千", 1_000],
    ["1千2百", 1_200],
    ["1000円", 1_000],
    ["¥1,100", 1_100],
    [" 1100 ", 1_100],
    ["12000", 12_000],
  ])("reads %s as %d", (text, yen) => {
    expect(parseYen(text)).toBe(yen);
  });

  it.each(["abc", "", "  ", "万", "0", "20万abc", "1.5", "20万万", "10000000", "-100", "1e5", "２０まん"])(
    "does not read %s",
    (text) => {
      expect(parseYen(text)).toBeNull();
    },
  );
});

describe("the pay box on /jobs", () => {
  const params = (query: string) => new URLSearchParams(query);

  it("searches with an amount typed as people write it", () => {
    expect(parseJobSearch(params("pay_unit=month&pay_min=２０万円")).payMin).toBe(200_000);
    expect(parseJobSearch(params("pay_unit=month&pay_min=20万5千")).payMin).toBe(205_000);
    expect(payProblem(params("pay_unit=month&pay_min=200,000"))).toBeNull();
    expect(payProblem(params("pay_unit=hour"))).toBeNull();
  });

  it("says when the amount cannot be read, or when the kind of pay is missing", () => {
    expect(payProblem(params("pay_unit=month&pay_min=abc"))).toContain("金額が読めませんでした。");
    expect(parseJobSearch(params("pay_unit=month&pay_min=abc")).payMin).toBeNull();
    expect(payProblem(params("pay_min=200000"))).toBe(
      "給料の種類（時給・日給・月給）を選んでください。種類がないと、金額でしぼりこめません。",
    );
    expect(payProblem(params("pay_unit=year&pay_min=200000"))).toContain("給料の種類");
  });
});

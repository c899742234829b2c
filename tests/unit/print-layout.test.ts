import { describe, expect, it } from "vitest";
import type { JobView } from "../../app/components/job-view";
import { applyFromInside, layoutBox } from "../../app/components/print/job-box";
import { linesOf, splitText } from "../../app/components/print/measure";
import { pageOfItem, planMagazine, type BoxPlan } from "../../app/components/print/plan";
import type { PrintItem } from "../../app/components/print/sheet";

const third: BoxPlan = { size: "third", parts: 1 };
const half: BoxPlan = { size: "half", parts: 1 };
const full: BoxPlan = { size: "full", parts: 1 };

function item(description: string, message = "いっしょに働きましょう。"): PrintItem {
  const job: JobView = {
    id: 1,
    title: "建設作業員",
    description,
    employmentType: "full_time",
    industry: "construction",
    workplaceAddress: "熊本市東区",
    ward: "higashi",
    payUnit: "day",
    payMin: 10000,
    payMax: 14000,
    payNote: "",
    hours: "8:00〜17:00",
    daysOff: "日曜・祝日",
    insurance: "雇用・労災・健康・厚生年金",
    licenses: "",
    benefits: "",
    noExperience: true,
    qualificationSupport: false,
    housing: true,
    meals: false,
    guarantorNotNeeded: true,
    employerGuarantor: false,
    facilityInterview: false,
    probationOk: true,
    howToApply: "市の担当者を通して連絡してください。",
    openings: 2,
    endDate: "2027-03-31",
    publishedAt: null,
    updatedAt: null,
    statedTerms: {
      probation_terms: "3か月。条件は同じです。",
      contract_terms: "期間の定めなし",
      overtime: "月10時間ほど",
      smoking_measures: "屋内禁煙",
      workplace_change_scope: "変わりません",
      duties_change_scope: null,
    },
    offences: { homicide: "no", robbery: "consult", sexual: "no", arson: "ok", drugs: "ok", theft: "ok", fraud: "ok", violence: "ok", traffic: "ok" },
    employer: { id: 1, name: "熊本建設", nameKana: "くまもとけんせつ", address: "", ward: "higashi", phone: "", website: "", message, industry: "construction" },
  };
  return { no: 7, job, url: "https://example.jp/jobs/1", qr: "" };
}

describe("the magazine's page plan", () => {
  it("puts three thirds, two halves, a third and a half, or one whole box on a page, in order", () => {
    const pages = planMagazine([third, third, third, half, half, third, half, full, third]);
    const jobs = pages.filter((p) => p.kind === "jobs");
    expect(jobs.map((p) => (p.kind === "jobs" ? p.boxes.map((b) => `${b.index}${b.size[0]}`) : []))).toEqual([
      ["0t", "1t", "2t"],
      ["3h", "4h"],
      ["5t", "6h"],
      ["7f"],
      ["8t"],
    ]);
    // cover, guide, contents, five pages of postings, back cover
    expect(pages).toHaveLength(9);
    expect([0, 3, 5, 7, 8].map((i) => pageOfItem(pages, i))).toEqual([4, 5, 6, 7, 8]);
  });

  it("gives a posting longer than a page as many whole pages as it needs, and numbers it by its first", () => {
    const pages = planMagazine([third, { size: "full", parts: 3 }, third]);
    expect(pages.filter((p) => p.kind === "jobs")).toHaveLength(5);
    expect(pageOfItem(pages, 1)).toBe(5);
    expect(pageOfItem(pages, 2)).toBe(8);
  });

  it("has one contents page per 24 postings and takes 3 pages for an empty issue", () => {
    expect(planMagazine([])).toHaveLength(3);
    expect(planMagazine(Array(24).fill(third)).filter((p) => p.kind === "contents")).toHaveLength(1);
    expect(planMagazine(Array(25).fill(third)).filter((p) => p.kind === "contents")).toHaveLength(2);
  });
});

describe("a posting box", () => {
  it("grows from a half to a whole page as the text grows", () => {
    expect(layoutBox(item("現場で資材を運びます。"), "issue").size).toBe("half");
    expect(layoutBox(item("現場で資材を運ぶ仕事です。".repeat(40)), "issue")).toMatchObject({ size: "full", parts: 1 });
  });

  it("goes on over more pages when the description is longer than a page, and nothing is lost", () => {
    const description = "現場で資材を運ぶ仕事です。\n".repeat(150);
    const layout = layoutBox(item(description), "issue");
    expect(layout.parts).toBeGreaterThan(1);
    expect(layout.cuts).toHaveLength(layout.parts - 1);
    const bounds = [0, ...layout.cuts, description.length];
    const pieces = bounds.slice(1).map((end, i) => description.slice(bounds[i], end));
    expect(pieces.join("")).toBe(description);
    // cut after a line break, not in the middle of a sentence
    for (const cut of layout.cuts) expect(description[cut - 1]).toBe("\n");
  });

  it("splits text into pieces of at most so many lines", () => {
    const text = "あ".repeat(100);
    const pieces = splitText(text, 2, 3, 10);
    expect(pieces.join("")).toBe(text);
    expect(pieces.map((p) => linesOf(p, 10))).toEqual([2, 3, 3, 2]);
  });

  it("tells someone inside how to apply without a phone, with the city office's number", () => {
    expect(applyFromInside(7)).toMatch(/保護観察官か施設の職員へ「7番」と伝えて/);
    expect(applyFromInside(7)).toContain("096-000-0000");
  });
});

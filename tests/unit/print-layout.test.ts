import { describe, expect, it } from "vitest";
import type { JobView } from "../../app/components/job-view";
import { applyFromInside, layoutBox } from "../../app/components/print/job-box";
import { contactText, layoutHelp, type PrintHelpEntry } from "../../app/components/print/help-layout";
import { linesOf, splitText } from "../../app/components/print/measure";
import { pageOfHelp, pageOfItem, planMagazine, type BoxPlan } from "../../app/components/print/plan";
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

function helpEntry(overrides: Partial<PrintHelpEntry> = {}): PrintHelpEntry {
  return {
    section: "housing",
    name: "居住支援法人 くまもと住まいネット",
    body: "部屋さがし、入居のときの手続き、入居したあとの見守りを手伝う団体です。保証人がいないときも相談できます。",
    contact: "電話 096-111-2222（平日 9時〜17時）\n熊本市中央区手取本町1-1",
    isExample: false,
    ...overrides,
  };
}

describe("the magazine's help pages", () => {
  const sections = ["housing", "welfare", "addiction", "work"] as const;
  const tenEntries = Array.from({ length: 10 }, (_, i) => helpEntry({ section: sections[i % 4], name: `相談先${i + 1}` }));

  it("come after the postings and before the back cover, and the contents end with their page", () => {
    const help = layoutHelp(tenEntries);
    const pages = planMagazine([third, half, half, full], help);
    const kinds = pages.map((p) => p.kind);
    // cover, guide, contents, three pages of postings, the help pages, back cover
    expect(kinds.slice(0, 6)).toEqual(["cover", "guide", "contents", "jobs", "jobs", "jobs"]);
    expect(kinds.slice(6, -1)).toEqual(help.map(() => "help"));
    expect(kinds[kinds.length - 1]).toBe("back");
    expect(pages).toHaveLength(7 + help.length);
    // The postings keep their pages; the help list starts right after them.
    expect([0, 1, 2, 3].map((i) => pageOfItem(pages, i))).toEqual([4, 4, 5, 6]);
    expect(pageOfHelp(pages)).toBe(7);
    expect(pages[2]).toEqual({ kind: "contents", from: 0, to: 5 });
    // Every entry is printed once, whole, in order.
    expect(help.flat().map((p) => p.index)).toEqual(tenEntries.map((_, i) => i));
    expect(help.flat().every((p) => p.part === 0)).toBe(true);
  });

  it("take a second contents page when the help line is the 25th, and the pages still add up", () => {
    const help = layoutHelp(tenEntries);
    const pages = planMagazine(Array(24).fill(third), help);
    const contents = pages.filter((p) => p.kind === "contents");
    expect(contents).toEqual([
      { kind: "contents", from: 0, to: 24 },
      { kind: "contents", from: 24, to: 25 },
    ]);
    // cover, guide, two contents pages, eight pages of three postings each
    expect(pageOfItem(pages, 0)).toBe(5);
    expect(pageOfItem(pages, 23)).toBe(12);
    expect(pageOfHelp(pages)).toBe(13);
    expect(pages).toHaveLength(13 + help.length);
  });

  it("leave an issue without a help list as it was", () => {
    expect(layoutHelp([])).toEqual([]);
    expect(planMagazine([third], [])).toEqual(planMagazine([third]));
    expect(pageOfHelp(planMagazine([third]))).toBe(0);
  });

  it("put a section's title above its first entry and at the top of every page", () => {
    const many = Array.from({ length: 30 }, (_, i) => helpEntry({ section: i < 20 ? "housing" : "work" }));
    const help = layoutHelp(many);
    expect(help.length).toBeGreaterThan(1);
    for (const page of help) expect(page[0].sectionHead).toBe(true);
    const flat = help.flat();
    expect(flat.filter((p) => p.sectionHead && p.index === 20)).toHaveLength(1);
    expect(flat.find((p) => p.index === 21)?.sectionHead).toBe(false);
  });

  it("go on over more pages for an entry longer than a page, and nothing is lost", () => {
    const body = "部屋さがしの相談ができます。\n".repeat(60);
    const contact = "電話 096-111-2222\n".repeat(20);
    const entries = [helpEntry(), helpEntry({ name: "長い相談先", body, contact }), helpEntry({ name: "次の相談先" })];
    const help = layoutHelp(entries);
    const pieces = help.flat().filter((p) => p.index === 1);
    expect(pieces.length).toBeGreaterThan(2);
    // Each piece starts a page of its own.
    for (const piece of pieces) expect(help.find((page) => page.includes(piece))?.[0]).toBe(piece);
    const text = (whole: string, spans: Array<[number, number] | null>) =>
      spans.map((s) => (s ? whole.slice(s[0], s[1]) : "")).join("");
    expect(text(body, pieces.map((p) => p.body))).toBe(body);
    expect(text(contactText(entries[1]), pieces.map((p) => p.contact))).toBe(contact);
    expect(pieces.map((p) => p.part)).toEqual(pieces.map((_, i) => i));
    expect(help.flat().map((p) => p.index).filter((i) => i !== 1)).toEqual([0, 2]);
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

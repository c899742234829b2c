import { describe, expect, it } from "vitest";
import type { JobCardData } from "../../app/components/job-card";
import { jobCardTexts } from "../../app/components/job-card-texts";
import { eventCardTexts } from "../../app/components/event-card";

// The texts a list page asks readings for must be exactly those its cards put through
// <Ruby>: a text left out shows without readings, and a text that is not a stored posting
// text or a fixed label would load the analyser on the request that shows it.

function card(overrides: Partial<JobCardData> = {}): JobCardData {
  return {
    id: 1,
    title: "型枠大工",
    ward: "nishi",
    industry: "construction",
    employment_type: "full_time",
    pay_unit: "day",
    pay_min: 10000,
    pay_max: 13000,
    housing: 0,
    no_experience: 0,
    employer_name: "株式会社 熊本工業",
    ...overrides,
  };
}

describe("jobCardTexts", () => {
  it("gives a card's title, employer and labels, never its pay figures", () => {
    const texts = jobCardTexts([card()]);
    expect(texts).toEqual(expect.arrayContaining(["型枠大工", "株式会社 熊本工業", "西区", "正社員", "日給", "円"]));
    expect(texts.some((t) => /\d/.test(t))).toBe(false);
  });

  it("gives each badge and each refused offence category as a text of its own", () => {
    const texts = jobCardTexts([card({ housing: 1, no_experience: 1, refused_offences: "drugs theft" })]);
    expect(texts).toEqual(expect.arrayContaining(["寮・社宅あり", "未経験OK", "採用できない罪名", "窃盗", "薬物"]));
    expect(texts).not.toContain("なし");
    expect(jobCardTexts([card({ refused_offences: "" })])).toEqual(expect.arrayContaining(["採用できない罪名", "なし"]));
  });

  it("leaves out the offence line's texts when the cards do not show it", () => {
    expect(jobCardTexts([card()])).not.toContain("採用できない罪名");
  });

  it("names a text once however many cards show it", () => {
    const texts = jobCardTexts([card(), card({ id: 2, title: "介護職員" })]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t === "株式会社 熊本工業")).toHaveLength(1);
    expect(texts).toContain("介護職員");
  });

  it("gives nothing for no cards", () => {
    expect(jobCardTexts([])).toEqual([]);
  });
});

describe("eventCardTexts", () => {
  it("gives each event's kind, title, venue and organizer, and the card's fixed words", () => {
    const texts = eventCardTexts([
      {
        id: 1,
        kind: "workplace_tour",
        title: "職場見学会",
        starts_at: "2026-12-03T04:30:00.000Z",
        ends_at: "2026-12-03T07:00:00.000Z",
        venue: "熊本市国際交流会館",
        status: "published",
        organizer_name: "株式会社 熊本工業",
      },
    ]);
    expect(texts).toEqual(expect.arrayContaining(["職場見学会", "熊本市国際交流会館", "株式会社 熊本工業", "会場", "主催", "中止"]));
    // The date and time are not among them: each would be a new text to analyse.
    expect(texts.some((t) => /\d/.test(t))).toBe(false);
  });
});

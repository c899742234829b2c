import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { employerEventSchema } from "../../app/schemas/employer";
import { eventSchema } from "../../app/schemas/event";
import { date, time } from "../../app/schemas/fields";
import { jobSchema } from "../../app/schemas/job";
import { magazineIssueSchema } from "../../app/schemas/magazine";
import { registrationSchema } from "../../app/schemas/staff";
import { distributionSchema } from "../../app/schemas/stats";
import { addMonths, tokyoDay } from "../../app/utils/dates";

function errorAt(schema: z.ZodType, input: Record<string, unknown>, field: string) {
  return schema.safeParse(input).error?.issues.find((i) => i.path[0] === field)?.message;
}

/** The 30th of February of a year whose February lies inside the next few months. */
function february30th() {
  const soon = addMonths(tokyoDay(), 3).slice(0, 4);
  const year = `${soon}-02-28` > tokyoDay() ? soon : String(Number(soon) + 1);
  return `${year}-02-30`;
}

describe("impossible dates", () => {
  it("are refused by every date field, with a message by the field", () => {
    const day = "2027-02-30";
    expect(errorAt(eventSchema, { day }, "day")).toBe("日付は、カレンダーにある日付にしてください");
    expect(errorAt(employerEventSchema, { day }, "day")).toBe("日にちは、カレンダーにある日付にしてください");
    expect(errorAt(jobSchema, { end_date: day }, "end_date")).toBe("掲載の終わる日は、カレンダーにある日付にしてください");
    expect(errorAt(magazineIssueSchema, { issueDate: day }, "issueDate")).toBe("発行日は、カレンダーにある日付にしてください");
    expect(errorAt(distributionSchema, { sentOn: day }, "sentOn")).toBe("送った日は、カレンダーにある日付にしてください");
    expect(errorAt(registrationSchema, { confirmedOn: "2026-02-29" }, "confirmedOn")).toBe(
      "保護観察所で確認した日は、カレンダーにある日付にしてください",
    );
  });

  it("never turn into another day: a job end date of 30 February is not stored as is", () => {
    const end = february30th();
    expect(jobSchema.safeParse({ end_date: end }).error?.issues.find((i) => i.path[0] === "end_date")?.message).toBe(
      "掲載の終わる日は、カレンダーにある日付にしてください",
    );
    for (const bad of ["2027-13-01", "2027-00-10", "2027-04-31", "2027-01-32", "2027-1-1", "２０２７年１月１日"]) {
      expect(date("日付").safeParse(bad).success, bad).toBe(false);
    }
  });

  it("leave real days alone, full-width digits included; an optional day may be empty", () => {
    expect(date("日付").parse("2028-02-29")).toBe("2028-02-29");
    expect(date("日付").parse("２０２７-０３-０１")).toBe("2027-03-01");
    expect(date("日付", { optional: true }).parse("")).toBe("");
    expect(date("日付").safeParse("").error?.issues[0].message).toBe("日付を入力してください");
    expect(registrationSchema.parse({ registration: "registered", confirmedOn: "" }).confirmedOn).toBe("");
  });
});

describe("times", () => {
  it("past 23:59 are refused by the field", () => {
    for (const bad of ["24:61", "24:00", "12:60", "9:5", "25:00", "12:30:00"]) {
      expect(errorAt(eventSchema, { startTime: bad }, "startTime"), bad).toMatch(/^始まる時刻は 13:30 の形/);
      expect(errorAt(employerEventSchema, { end_time: bad }, "end_time"), bad).toMatch(/^終わる時間は 13:30 の形/);
    }
    expect(time("時刻").parse("23:59")).toBe("23:59");
    expect(time("時刻").parse("０９：３０")).toBe("09:30");
  });
});

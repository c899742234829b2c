import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../app/models/events-calendar.server";
import { testDb } from "../setup/test-db";
import { makeEvent, tokyoDateTime } from "../factories";

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  // The calendar defines its own zone: register it as a client application would.
  for (const tz of component.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  }
  return component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

/** The wall-clock time an event shows in Asia/Tokyo, e.g. "2026-12-03 13:30". */
function tokyoWallClock(time: ICAL.Time) {
  const utc = time.toJSDate();
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(utc);
}

describe("iCalendar export", () => {
  it("carries start and end in Asia/Tokyo, stable UIDs and STATUS:CANCELLED", async () => {
    const { db } = testDb();
    const fair = await makeEvent(db, {
      title: "企業説明会・個別面談会",
      starts_at: tokyoDateTime("2026-12-03", "13:30"),
      ends_at: tokyoDateTime("2026-12-03", "16:00"),
    });
    // Just after midnight in Tokyo is still the previous day in UTC.
    const course = await makeEvent(db, {
      kind: "course",
      title: "介護職員初任者研修",
      starts_at: tokyoDateTime("2027-01-05", "00:30"),
      ends_at: tokyoDateTime("2027-01-05", "02:00"),
      status: "cancelled",
      status_reason: "講師の都合",
    });
    const text = buildCalendar([fair, course], "https://jobs.example.jp");
    expect(text).toContain("DTSTART;TZID=Asia/Tokyo:20261203T133000");
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);

    const [first, second] = parse(text);
    expect(first.uid).toBe(`event-${fair.id}@jobs.example.jp`);
    expect(first.startDate.zone?.tzid).toBe("Asia/Tokyo");
    expect(tokyoWallClock(first.startDate)).toBe("2026-12-03 13:30");
    expect(tokyoWallClock(first.endDate)).toBe("2026-12-03 16:00");
    expect(first.startDate.toJSDate().toISOString()).toBe(fair.starts_at);
    expect(first.component.getFirstPropertyValue("status")).toBe("CONFIRMED");

    expect(second.uid).toBe(`event-${course.id}@jobs.example.jp`);
    expect(tokyoWallClock(second.startDate)).toBe("2027-01-05 00:30");
    expect(second.startDate.toJSDate().toISOString()).toBe(course.starts_at);
    expect(second.endDate.toJSDate().toISOString()).toBe(course.ends_at);
    expect(second.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(second.summary).toContain("【中止】");
  });

  it("gives the same UID every time the calendar is built", async () => {
    const { db } = testDb();
    const event = await makeEvent(db);
    const a = parse(buildCalendar([event], "https://jobs.example.jp"));
    const b = parse(buildCalendar([event], "https://jobs.example.jp"));
    expect(a[0].uid).toBe(b[0].uid);
  });
});

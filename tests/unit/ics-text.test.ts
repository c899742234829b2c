import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../app/models/events-calendar.server";
import { findPublicEvent, listCalendarEvents } from "../../app/models/events.server";
import { cancelEvent, updateEvent } from "../../app/models/staff-events.server";
import { eventToFormValues } from "../../app/models/events.server";
import { eventSchema } from "../../app/schemas/event";
import { makeEvent, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

// Stored text of any kind must come out of a calendar file as the same text, inside the
// one event it belongs to: a CR or LF in a title once started two extra events.

// ical.js predates RFC 7986: tell it that NAME (and Apple's X-WR-CALNAME) are TEXT, as
// the calendar programs that show them do.
ICAL.design.icalendar.property.name = { defaultType: "text" };
ICAL.design.icalendar.property["x-wr-calname"] = { defaultType: "text" };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

/** What a calendar program shows: line breaks as LF, characters TEXT cannot hold gone. */
function shown(text: string) {
  return text.replace(/\r\n?/g, "\n").replaceAll("\0", "");
}

const TEXTS = [
  ["CR", "説明会\rBEGIN:VEVENT\rSUMMARY:偽物"],
  ["LF", "説明会\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:偽物\nEND:VEVENT"],
  ["CRLF", "説明会\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR"],
  ["semicolon and comma", "説明会;LANGUAGE=en:x,y,,z;"],
  ["backslash", "C:\\temp\\n は改行ではない \\"],
  ["U+0000", "説明\0会"],
  ["3,000 characters", "熊本🌸a;,\\".repeat(500)],
] as const;

describe("calendar text", () => {
  it.each(TEXTS)("%s: one VEVENT per event and the same text back", async (_, stored) => {
    const { db } = testDb();
    const event = await makeEvent(db, {
      title: stored,
      description: stored,
      venue: stored,
      address: "熊本市中央区",
      how_to_join: stored,
    });
    const other = await makeEvent(db, { title: "ふつうの説明会" });
    const origin = "https://jobs.example.jp";

    // The whole schedule: exactly the two events, each with its own text.
    const all = parse(buildCalendar(await listCalendarEvents(db), origin));
    expect(all.events).toHaveLength(2);
    const parsed = new ICAL.Event(all.events.find((e) => e.getFirstPropertyValue("uid") === `event-${event.id}@jobs.example.jp`)!);
    expect(parsed.summary).toBe(`${shown(stored)}（企業説明会・個別面談会）`);
    expect(parsed.description).toContain(shown(stored));
    expect(parsed.description).toContain(`申し込み: ${shown(stored)}`);
    expect(parsed.location).toBe(`${shown(stored)} 熊本市中央区`);
    expect(new ICAL.Event(all.events.find((e) => e !== parsed.component)!).summary).toBe("ふつうの説明会（企業説明会・個別面談会）");

    // One event's file is named after the event: the name is text too.
    const one = parse(buildCalendar([(await findPublicEvent(db, event.id))!], origin, stored));
    expect(one.events).toHaveLength(1);
    expect(one.calendar.getFirstPropertyValue("name")).toBe(shown(stored));
    expect(one.calendar.getFirstPropertyValue("x-wr-calname")).toBe(shown(stored));
    expect(one.calendar.getAllProperties().map((p) => p.name).sort()).toEqual(
      ["name", "prodid", "version", "x-wr-calname", "x-wr-timezone"],
    );
    expect(one.calendar.getAllSubcomponents().map((c) => c.name)).toEqual(["vtimezone", "vevent"]);
    expect(other.id).not.toBe(event.id);
  });

  it("keeps every line within 75 octets (folded)", async () => {
    const { db } = testDb();
    const event = await makeEvent(db, { title: "熊本🌸".repeat(1000) });
    const text = buildCalendar([event], "https://jobs.example.jp", event.title);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n|\r[^\n]/);
  });
});

describe("SEQUENCE", () => {
  it("rises when time, place or status changes, so calendars replace their copy", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const actor = { id: staff.id, email: staff.email };
    const event = await makeEvent(db, { participantEmployerIds: [] });
    expect(event.sequence).toBe(0);
    const values = { ...eventToFormValues({ ...event, participantIds: [] }) };
    const sequence = async () => (await findPublicEvent(db, event.id))!.sequence;

    // A new title alone is not a new version of the appointment.
    await updateEvent(db, actor, event.id, eventSchema.parse({ ...values, title: "新しい題" }));
    expect(await sequence()).toBe(0);
    await updateEvent(db, actor, event.id, eventSchema.parse({ ...values, startTime: "10:00" }));
    expect(await sequence()).toBe(1);
    await updateEvent(db, actor, event.id, eventSchema.parse({ ...values, startTime: "10:00", venue: "別の会場" }));
    expect(await sequence()).toBe(2);

    await cancelEvent(db, actor, event.id, "台風のため");
    expect(await sequence()).toBe(3);
    const [vevent] = parse(buildCalendar([(await findPublicEvent(db, event.id))!], "https://jobs.example.jp")).events;
    expect(vevent.getFirstPropertyValue("sequence")).toBe(3);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});

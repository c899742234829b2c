import type { Kysely } from "kysely";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import {
  findPublicEvent,
  groupByMonth,
  listPublicEvents,
  tokyoInstant,
} from "../../app/models/events.server";
import {
  cancelEvent,
  createCityEvent,
  publishEvent,
  updateEvent,
} from "../../app/models/staff-events.server";
import { eventSchema, type EventInput } from "../../app/schemas/event";
import type { Database } from "../../db/types";
import { machineTimeFor } from "../support/clock";
import { testDb } from "../setup/test-db";
import { makeEmployer, makeEvent, makeStaff, tokyoDateTime } from "../factories";

const NOW = new Date("2026-11-26T03:00:00.000Z"); // 12:00 in Kumamoto

function input(overrides: Partial<EventInput> = {}): EventInput {
  return {
    kind: "company_fair",
    title: "企業説明会・個別面談会（12月）",
    description: "",
    day: "2026-12-03",
    startTime: "13:30",
    endTime: "16:00",
    venue: "熊本市国際交流会館",
    address: "熊本市中央区花畑町4番8号",
    capacity: 40,
    howToJoin: "",
    whatToBring: "",
    participantIds: [],
    registrationMode: "none",
    registrationDeadline: "",
    maxChoices: null,
    waitingList: false,
    pastReason: "",
    ...overrides,
  };
}

async function auditActions(db: Kysely<Database>, id: number) {
  const rows = await db.selectFrom("audit_log").select("action").where("entity_type", "=", "event").where("entity_id", "=", String(id)).orderBy("id").execute();
  return rows.map((r) => r.action);
}

describe("the public schedule", () => {
  it("shows upcoming events first, past ones in the archive, cancelled ones marked, drafts never", async () => {
    const { db } = testDb();
    const later = await makeEvent(db, { starts_at: tokyoDateTime("2027-01-10", "10:00"), ends_at: tokyoDateTime("2027-01-10", "12:00") });
    const soon = await makeEvent(db, { starts_at: tokyoDateTime("2026-12-01", "10:00"), ends_at: tokyoDateTime("2026-12-01", "12:00") });
    const cancelled = await makeEvent(db, { status: "cancelled", starts_at: tokyoDateTime("2026-12-05", "10:00"), ends_at: tokyoDateTime("2026-12-05", "12:00") });
    const past = await makeEvent(db, { starts_at: tokyoDateTime("2026-10-01", "10:00"), ends_at: tokyoDateTime("2026-10-01", "12:00") });
    // Started this morning, still going: it is upcoming until it ends.
    const ongoing = await makeEvent(db, { starts_at: tokyoDateTime("2026-11-26", "10:00"), ends_at: tokyoDateTime("2026-11-26", "15:00") });
    await makeEvent(db, { status: "draft" });
    await makeEvent(db, { status: "pending" });
    const { upcoming, past: archive } = await listPublicEvents(db, { now: NOW });
    expect(upcoming.map((e) => e.id)).toEqual([ongoing.id, soon.id, cancelled.id, later.id]);
    expect(upcoming.find((e) => e.id === cancelled.id)?.status).toBe("cancelled");
    expect(archive.map((e) => e.id)).toEqual([past.id]);
    expect(groupByMonth(upcoming).map((g) => [g.month, g.events.length])).toEqual([
      ["2026-11", 1],
      ["2026-12", 2],
      ["2027-01", 1],
    ]);
  });

  it("filters by kind and hides the events of an employer that is no longer approved", async () => {
    const { db } = testDb();
    const suspended = await makeEmployer(db, { status: "suspended" });
    const course = await makeEvent(db, { kind: "course" });
    await makeEvent(db, { kind: "company_fair" });
    const hidden = await makeEvent(db, { kind: "course", organizer_employer_id: suspended.id });
    const { upcoming } = await listPublicEvents(db, { kind: "course" });
    expect(upcoming.map((e) => e.id)).toEqual([course.id]);
    expect(await findPublicEvent(db, hidden.id)).toBeNull();
  });

  it("groups by the month in Kumamoto, not in UTC", () => {
    // 1 December 08:00 in Tokyo is still 30 November in UTC.
    const groups = groupByMonth([{ starts_at: tokyoDateTime("2026-12-01", "08:00") }]);
    expect(groups[0].month).toBe("2026-12");
  });
});

describe("staff events", () => {
  it("creates a draft city event with approved participants only, then publishes and cancels it", async () => {
    // The event is on 3 December 2026: the day before, so that it can still be cancelled
    // (a past event cannot), whatever day the suite runs on.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(machineTimeFor("2026-12-02T03:00:00.000Z"));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { db } = testDb();
    const staff = await makeStaff(db);
    const actor = { id: staff.id, email: staff.email };
    const a = await makeEmployer(db);
    const b = await makeEmployer(db);
    const pending = await makeEmployer(db, { status: "pending" });
    const created = await createCityEvent(db, actor, input({ participantIds: [a.id, b.id, pending.id] }));
    const row = await db.selectFrom("events").selectAll().where("id", "=", created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "draft",
      organizer_employer_id: null,
      starts_at: "2026-12-03T04:30:00.000Z",
      ends_at: "2026-12-03T07:00:00.000Z",
    });
    expect(await findPublicEvent(db, created.id)).toBeNull();
    await publishEvent(db, actor, created.id);
    const shown = await findPublicEvent(db, created.id);
    expect(shown?.participants.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    await updateEvent(db, actor, created.id, input({ participantIds: [a.id], capacity: null }));
    expect((await findPublicEvent(db, created.id))?.participants.map((p) => p.id)).toEqual([a.id]);
    await cancelEvent(db, actor, created.id, "台風のため");
    const cancelled = await findPublicEvent(db, created.id);
    expect(cancelled).toMatchObject({ status: "cancelled", status_reason: "台風のため" });
    expect(await publishEvent(db, actor, created.id)).toBeNull();
    expect(await auditActions(db, created.id)).toEqual(["event.create", "event.publish", "event.update", "event.cancel"]);
  });

  it("turns a Kumamoto wall-clock time into the UTC instant", () => {
    expect(tokyoInstant("2027-01-01", "00:30")).toBe("2026-12-31T15:30:00.000Z");
  });

  it("validates the form: end after start, kind from the list, participants as numbers", () => {
    const form = {
      kind: "company_fair",
      title: "説明会",
      day: "2026-12-03",
      startTime: "16:00",
      endTime: "13:00",
      venue: "会館",
      address: "熊本市中央区",
      capacity: "",
      participantIds: ["3", "5", "x"],
    };
    const bad = eventSchema.safeParse(form);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["endTime"]);
    const good = eventSchema.parse({ ...form, endTime: "17:00", capacity: "３０" });
    expect(good.participantIds).toEqual([3, 5]);
    expect(good.capacity).toBe(30);
    expect(eventSchema.parse({ ...form, endTime: "17:00", participantIds: "7" }).participantIds).toEqual([7]);
    expect(eventSchema.safeParse({ ...form, kind: "party" }).success).toBe(false);
  });
});

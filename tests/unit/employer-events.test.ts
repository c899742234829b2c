import type { Kysely } from "kysely";
import { beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import {
  employerEventState,
  isEditableByEmployer,
  isWithdrawableByEmployer,
  splitByTime,
} from "../../app/models/employer-event-state";
import { listEmployerEvents, proposeEvent, resubmitEvent, withdrawEvent } from "../../app/models/employer-events.server";
import type { EmployerActor } from "../../app/models/employer-jobs.server";
import { listPublicEvents } from "../../app/models/events.server";
import { publishEvent } from "../../app/models/staff-events.server";
import { employerEventSchema } from "../../app/schemas/employer";
import type { Database } from "../../db/types";
import { makeEmployerAccount, makeEvent, makeStaff, tokyoDateTime } from "../factories";
import { testDb } from "../setup/test-db";
import { machineTimeFor } from "../support/clock";

// An employer's own events: which it may still change, and what a change to a public one does.
// The clock stands at 2 December 2026, 12:00 in Kumamoto.

const NOW = "2026-12-02T03:00:00.000Z";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(machineTimeFor(NOW));
  onTestFinished(() => {
    vi.useRealTimers();
  });
});

function input(overrides: Record<string, string> = {}) {
  return employerEventSchema.parse({
    kind: "workplace_tour",
    title: "職場見学会（倉庫）",
    description: "倉庫の中を見てもらいます。",
    day: "2026-12-20",
    start_time: "10:00",
    end_time: "11:30",
    venue: "本社倉庫",
    address: "熊本市東区1-1",
    capacity: "8",
    what_to_bring: "",
    how_to_join: "",
    ...overrides,
  });
}

async function setup() {
  const { db } = testDb();
  const staff = await makeStaff(db);
  const a = await makeEmployerAccount(db);
  const b = await makeEmployerAccount(db);
  const actor = (x: typeof a): EmployerActor => ({
    id: x.user.id,
    email: x.user.email,
    employerId: x.employer.id,
    companyName: x.employer.name,
    staffLink: "http://localhost/staff",
  });
  return { db, staff, a, actorA: actor(a), actorB: actor(b), b };
}

async function eventRow(db: Kysely<Database>, id: number) {
  return db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function auditActions(db: Kysely<Database>, id: number) {
  const rows = await db.selectFrom("audit_log").select("action").where("entity_type", "=", "event").where("entity_id", "=", String(id)).orderBy("id").execute();
  return rows.map((r) => r.action);
}

function ownPublic(db: Kysely<Database>, employerId: number, day = "2026-12-10") {
  return makeEvent(db, {
    kind: "company_seminar",
    title: "会社説明会（公開中）",
    organizer_employer_id: employerId,
    status: "published",
    starts_at: tokyoDateTime(day, "13:00"),
    ends_at: tokyoDateTime(day, "14:30"),
  });
}

describe("an employer edits its public event", () => {
  it("goes back to review, leaves the public schedule, tells staff by mail, and returns when staff approve", async () => {
    const { db, staff, a, actorA } = await setup();
    const event = await ownPublic(db, a.employer.id);
    expect((await listPublicEvents(db)).upcoming.map((e) => e.id)).toContain(event.id);

    expect(await resubmitEvent(db, actorA, event.id, input({ title: "会社説明会（場所が変わりました）" }))).toBe(event.id);

    expect(await eventRow(db, event.id)).toMatchObject({
      status: "pending",
      title: "会社説明会（場所が変わりました）",
      starts_at: tokyoDateTime("2026-12-20", "10:00"),
      status_reason: "",
    });
    expect(await auditActions(db, event.id)).toEqual(["event.edit_published"]);
    expect((await listPublicEvents(db)).upcoming.map((e) => e.id)).not.toContain(event.id);
    const mails = await db.selectFrom("outbox").select(["to_address", "subject", "body"]).execute();
    expect(mails).toEqual([
      {
        to_address: staff.email,
        subject: `【審査待ち】公開中のセミナー・見学会の変更の審査（${a.employer.name}）`,
        body: expect.stringContaining("確認が終わるまで、この会は公開が止まっています。"),
      },
    ]);
    expect(mails[0].body).toContain("会社説明会（場所が変わりました）");

    await publishEvent(db, { id: staff.id, email: staff.email }, event.id);
    expect((await listPublicEvents(db)).upcoming.map((e) => e.id)).toContain(event.id);
  });

  it("is refused, with nothing changed, when people signed up or other companies take part", async () => {
    const { db, a, b, actorA } = await setup();
    const registered = await ownPublic(db, a.employer.id);
    await db
      .insertInto("event_registrations")
      .values({
        event_id: registered.id,
        code_hash: "0".repeat(64),
        nickname: "たろう",
        contact_kind: "phone",
        contact: "090-0000-0000",
        status: "registered",
        created_at: NOW,
        updated_at: NOW,
      })
      .execute();
    const shared = await makeEvent(db, {
      organizer_employer_id: a.employer.id,
      kind: "company_seminar",
      status: "published",
      participantEmployerIds: [b.employer.id],
    });
    for (const event of [registered, shared]) {
      const before = await eventRow(db, event.id);
      expect(await resubmitEvent(db, actorA, event.id, input())).toBeNull();
      expect(await eventRow(db, event.id)).toEqual(before);
      expect(await auditActions(db, event.id)).toEqual([]);
    }
    expect(await db.selectFrom("outbox").select("id").execute()).toEqual([]);
  });

  it("is refused for an event that has begun or ended, and for another employer's event", async () => {
    const { db, a, actorA, actorB } = await setup();
    const ended = await ownPublic(db, a.employer.id, "2026-11-20");
    const begun = await makeEvent(db, {
      organizer_employer_id: a.employer.id,
      kind: "workplace_tour",
      status: "pending",
      starts_at: tokyoDateTime("2026-12-02", "11:00"),
      ends_at: tokyoDateTime("2026-12-02", "13:00"),
    });
    const mine = await ownPublic(db, a.employer.id);
    for (const event of [ended, begun]) {
      expect(await resubmitEvent(db, actorA, event.id, input())).toBeNull();
      expect(await withdrawEvent(db, actorA, event.id)).toBeNull();
    }
    expect(await resubmitEvent(db, actorB, mine.id, input())).toBeNull();
    expect((await eventRow(db, begun.id)).status).toBe("pending");
    expect((await eventRow(db, ended.id)).status).toBe("published");
    expect((await eventRow(db, mine.id)).status).toBe("published");
  });

  it("keeps the resubmit rules for a sent-back proposal and withdraws only what is not yet public", async () => {
    const { db, a, actorA } = await setup();
    const sentBack = await makeEvent(db, { organizer_employer_id: a.employer.id, kind: "company_seminar", status: "rejected", status_reason: "持ち物を書いてください。" });
    const refused = await makeEvent(db, { organizer_employer_id: a.employer.id, kind: "company_seminar", status: "rejected", status_reason: "関係のない催しです。", refused_at: NOW });
    const published = await ownPublic(db, a.employer.id);
    expect(await resubmitEvent(db, actorA, sentBack.id, input())).toBe(sentBack.id);
    expect(await auditActions(db, sentBack.id)).toEqual(["event.resubmit"]);
    expect((await db.selectFrom("outbox").select("subject").execute()).map((m) => m.subject)).toEqual([
      expect.stringContaining("【審査待ち】セミナー・見学会の審査"),
    ]);
    expect(await resubmitEvent(db, actorA, refused.id, input())).toBeNull();
    expect(await withdrawEvent(db, actorA, published.id)).toBeNull();
    expect(await withdrawEvent(db, actorA, sentBack.id)).toBe(sentBack.id);
    expect((await eventRow(db, sentBack.id)).status).toBe("cancelled");
  });
});

describe("the employer's list of events", () => {
  it("holds its own events in every state and the city events it takes part in once public, upcoming first", async () => {
    const { db, a, b, actorA } = await setup();
    const proposed = await proposeEvent(db, actorA, input());
    const cityFair = await makeEvent(db, { title: "市の面談会", starts_at: tokyoDateTime("2026-12-15", "13:00"), participantEmployerIds: [a.employer.id] });
    const cityDraft = await makeEvent(db, { title: "市の下書き", status: "draft", participantEmployerIds: [a.employer.id] });
    const ended = await ownPublic(db, a.employer.id, "2026-11-20");
    const older = await ownPublic(db, a.employer.id, "2026-10-01");
    const others = await ownPublic(db, b.employer.id);

    const rows = await listEmployerEvents(db, a.employer.id);
    const ids = rows.map((r) => r.id);
    expect(ids).not.toContain(cityDraft.id);
    expect(ids).not.toContain(others.id);
    const { upcoming, past } = splitByTime(rows, NOW);
    expect(upcoming.map((r) => r.id)).toEqual([cityFair.id, proposed]);
    expect(past.map((r) => r.id)).toEqual([ended.id, older.id]);
    expect(rows.map((r) => [r.id, employerEventState(r, NOW)])).toEqual(
      expect.arrayContaining([
        [proposed, "pending"],
        [cityFair.id, "published"],
        [ended.id, "ended"],
      ]),
    );
  });

  it("names each state, keeping 中止 and 不承認 after the day has passed", () => {
    const base = { refused_at: null, starts_at: "2026-12-10T04:00:00.000Z", ends_at: "2026-12-10T05:00:00.000Z" };
    const past = { starts_at: "2026-11-10T04:00:00.000Z", ends_at: "2026-11-10T05:00:00.000Z" };
    expect(employerEventState({ ...base, status: "draft" }, NOW)).toBe("draft");
    expect(employerEventState({ ...base, status: "rejected" }, NOW)).toBe("rejected");
    expect(employerEventState({ ...base, status: "rejected", refused_at: NOW }, NOW)).toBe("refused");
    expect(employerEventState({ ...base, ...past, status: "rejected", refused_at: NOW }, NOW)).toBe("refused");
    expect(employerEventState({ ...base, ...past, status: "cancelled" }, NOW)).toBe("cancelled");
    expect(employerEventState({ ...base, ...past, status: "published" }, NOW)).toBe("ended");
    expect(employerEventState({ ...base, ...past, status: "pending" }, NOW)).toBe("lapsed");
    expect(employerEventState({ ...base, ...past, status: "rejected" }, NOW)).toBe("lapsed");
    expect(isEditableByEmployer({ ...base, status: "published" }, NOW)).toBe(true);
    expect(isWithdrawableByEmployer({ ...base, status: "published" }, NOW)).toBe(false);
    expect(isEditableByEmployer({ ...base, ...past, status: "published" }, NOW)).toBe(false);
  });
});

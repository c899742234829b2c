import { describe, expect, it } from "vitest";
import {
  cancelRegistration,
  createRegistration,
  findRegistrationByCode,
  registrationOpenness,
  seatsLeft,
  waitingPosition,
} from "../../app/models/registrations.server";
import { purgeOldRegistrations } from "../../app/models/staff-registrations.server";
import { listCalendarEvents } from "../../app/models/events.server";
import { calendarTitle } from "../../app/models/events-calendar.server";
import { runMaintenance } from "../../app/models/maintenance.server";
import { env } from "../../app/utils/env.server";
import { makeEmployer, makeEvent } from "../factories";
import { testDb } from "../setup/test-db";

// Registration for an event: seats, the waiting list that moves up on a cancel, the private
// code kept only as a hash, and the reduction to anonymous counts after the retention period.

const DAY = 86_400_000;
const person = (nickname: string, contact = "") => ({
  nickname,
  contactKind: contact.includes("@") ? ("email" as const) : ("phone" as const),
  contact: contact || "090-0000-0000",
  onBehalfOrganisation: "",
  onBehalfPhone: "",
  choices: [] as number[],
});

describe("the waiting list", () => {
  it("puts the person past capacity on the list and moves the first one up when someone cancels", async () => {
    const { db } = testDb();
    const event = await makeEvent(db, { capacity: 2, registration_mode: "registration" });
    const a = await createRegistration(db, event, person("A"));
    await createRegistration(db, event, person("B"));
    const c = await createRegistration(db, event, person("C", "c@example.jp"));
    const d = await createRegistration(db, event, person("D"));
    expect([a!.status, c!.status, d!.status]).toEqual(["registered", "waiting", "waiting"]);
    expect(await seatsLeft(db, event)).toBe(0);
    const cRow = await findRegistrationByCode(db, c!.code);
    expect(await waitingPosition(db, cRow!)).toBe(1);

    const moved = await cancelRegistration(db, a!.id, event);
    expect(moved).toEqual([{ id: c!.id, nickname: "C", contactKind: "email", contact: "c@example.jp" }]);
    const rows = await db.selectFrom("event_registrations").select(["nickname", "status"]).orderBy("id").execute();
    expect(rows.map((r) => `${r.nickname}:${r.status}`)).toEqual(["A:cancelled", "B:registered", "C:registered", "D:waiting"]);
    // A second cancel of the same registration changes nothing and moves nobody.
    expect(await cancelRegistration(db, a!.id, event)).toBeNull();
    expect(await waitingPosition(db, (await findRegistrationByCode(db, d!.code))!)).toBe(1);
  });

  it("refuses a registration past capacity when the event keeps no waiting list", async () => {
    const { db } = testDb();
    const event = await makeEvent(db, { capacity: 1, registration_mode: "registration", waiting_list: 0 });
    expect((await createRegistration(db, event, person("A")))!.status).toBe("registered");
    expect(await createRegistration(db, event, person("B"))).toBeNull();
    expect(registrationOpenness(event, 0)).toBe("full");
    expect(registrationOpenness({ ...event, waiting_list: 1 }, 0)).toBe("waiting");
    expect(registrationOpenness({ ...event, registration_mode: "none" }, 0)).toBe("not_taken");
  });

  it("keeps only a hash of the code; the code opens the registration written any way", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db);
    const event = await makeEvent(db, { registration_mode: "interviews", max_choices: 3, participantEmployerIds: [employer.id] });
    const made = await createRegistration(db, event, { ...person("たろう"), choices: [employer.id] });
    expect(made!.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const stored = await db.selectFrom("event_registrations").selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(made!.code.replace(/-/g, ""));
    const found = await findRegistrationByCode(db, made!.code.toLowerCase().replace(/-/g, " "));
    expect(found?.nickname).toBe("たろう");
    expect(found?.choices.map((c) => [c.rank, c.employer_id])).toEqual([[1, employer.id]]);
    expect(await findRegistrationByCode(db, "AAAA-AAAA-AAAA")).toBeNull();
  });
});

describe("the purge of past registrations", () => {
  it("blanks the people of events ended 90 days ago and keeps the counts; a day younger stays", async () => {
    const { db } = testDb();
    const now = new Date("2027-06-01T00:00:00Z");
    const old = await makeEvent(db, {
      registration_mode: "registration",
      starts_at: new Date(now.getTime() - 90 * DAY - 3 * 3600_000).toISOString(),
      ends_at: new Date(now.getTime() - 90 * DAY).toISOString(),
    });
    const recent = await makeEvent(db, {
      registration_mode: "registration",
      starts_at: new Date(now.getTime() - 89 * DAY - 3 * 3600_000).toISOString(),
      ends_at: new Date(now.getTime() - 89 * DAY).toISOString(),
    });
    const gone = await createRegistration(db, old, { ...person("A", "a@example.jp"), onBehalfOrganisation: "保護観察所", onBehalfPhone: "096-000-0000" });
    await createRegistration(db, old, person("B"));
    await createRegistration(db, recent, person("C"));

    expect(await purgeOldRegistrations(db, now, 90)).toBe(2);
    const rows = await db.selectFrom("event_registrations").selectAll().orderBy("id").execute();
    expect(rows.map((r) => [r.event_id, r.nickname, r.contact, r.on_behalf_organisation, r.on_behalf_phone, r.status])).toEqual([
      [old.id, "", "", "", "", "registered"],
      [old.id, "", "", "", "", "registered"],
      [recent.id, "C", "090-0000-0000", "", "", "registered"],
    ]);
    expect(rows[0]!.code_hash).toBeNull();
    expect(await findRegistrationByCode(db, gone!.code)).toBeNull();
    expect(await purgeOldRegistrations(db, now, 90)).toBe(0);
  });

  it("runs in the maintenance runner with the configured period (90 days unless set)", async () => {
    expect(env.registrationRetentionDays).toBe(90);
    const { db } = testDb();
    const now = new Date("2027-06-01T00:00:00Z");
    const old = await makeEvent(db, {
      registration_mode: "registration",
      starts_at: new Date(now.getTime() - 91 * DAY).toISOString(),
      ends_at: new Date(now.getTime() - 91 * DAY + 3600_000).toISOString(),
    });
    await createRegistration(db, old, person("A"));
    await runMaintenance(db, now);
    const row = await db.selectFrom("event_registrations").selectAll().executeTakeFirstOrThrow();
    expect([row.nickname, row.contact, row.status, row.purged_at]).toEqual(["", "", "registered", now.toISOString()]);
  });
});

describe("calendars", () => {
  it("keeps events for employers out of /events.ics and does not repeat the kind in a title", async () => {
    const { db } = testDb();
    const fair = await makeEvent(db, { title: "企業説明会・個別面談会（第1回）" });
    const seminar = await makeEvent(db, { kind: "employer_seminar", title: "制度の説明", audience: "employer" });
    const ids = (await listCalendarEvents(db)).map((e) => e.id);
    expect(ids).toContain(fair.id);
    expect(ids).not.toContain(seminar.id);
    expect(calendarTitle(fair)).toBe("企業説明会・個別面談会（第1回）");
    expect(calendarTitle({ kind: "company_seminar", title: "運送会社の話" })).toBe("運送会社の話（企業セミナー）");
  });
});

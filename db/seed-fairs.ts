import type { Kysely } from "kysely";
import type { Database } from "./types";
import { markCheckin, recordInterviewResult } from "../app/models/checkin.server";
import { createRegistration } from "../app/models/registrations.server";
import { buildTimetable, saveTimetableSettings } from "../app/models/timetable.server";
import { publishTimetable } from "../app/models/timetable-publish.server";

// Demo fairs with interviews: the next company fair with registrations and a published
// timetable, and the last one with what the desk recorded on the day (arrivals, interviews
// held, the employers' answers), so /staff/stats shows figures counted from the records.
// Deterministic: the same people, choices and outcomes on every run.

const DEMO_ACTOR = { id: null, email: "demo-seed" };

const NICKNAMES = ["たけし", "ゆうき", "みのる", "あきら", "ひろ", "けんじ", "まさと", "りょう", "しょうた", "のぶ", "かず", "ともや"];

async function fillFair(db: Kysely<Database>, title: string, people: number) {
  const event = await db.selectFrom("events").selectAll().where("title", "=", title).executeTakeFirstOrThrow();
  await db.updateTable("events").set({ registration_mode: "interviews", max_choices: 3 }).where("id", "=", event.id).execute();
  const employers = await db
    .selectFrom("event_participants")
    .select("employer_id")
    .where("event_id", "=", event.id)
    .orderBy("employer_id")
    .execute();
  const ids = employers.map((e) => e.employer_id);
  const registrations = [];
  for (let i = 0; i < people; i += 1) {
    // Three choices each, leaning towards the first employers, as real choices do.
    const choices = [ids[i % 2], ids[2 + (i % (ids.length - 2))], ids[(i + 1) % ids.length]].filter(
      (id, at, all) => id !== undefined && all.indexOf(id) === at,
    );
    const made = await createRegistration(db, event, {
      nickname: NICKNAMES[i % NICKNAMES.length],
      contactKind: "phone",
      contact: `090-0000-${String(1000 + i)}`,
      onBehalfOrganisation: i % 4 === 3 ? "熊本保護観察所" : "",
      onBehalfPhone: i % 4 === 3 ? "096-000-0000" : "",
      choices,
    });
    if (made) registrations.push(made.id);
  }
  await saveTimetableSettings(db, DEMO_ACTOR, event.id, {
    startMinute: 14 * 60,
    endMinute: 16 * 60 + 20,
    slotMinutes: 20,
    tables: ids.length,
    breaks: [{ startMinute: 15 * 60, endMinute: 15 * 60 + 20 }],
  });
  await buildTimetable(db, DEMO_ACTOR, event.id);
  await publishTimetable(db, DEMO_ACTOR, event.id);
  return { event, registrations };
}

export async function seedFairs(db: Kysely<Database>) {
  await fillFair(db, "企業説明会・個別面談会（第1回）", 10);
  const past = await fillFair(db, "企業説明会・個別面談会（前回）", 8);
  const outcomes = ["interview", "tour", "offer", "declined", "", "interview"] as const;
  let n = 0;
  for (const [i, registrationId] of past.registrations.entries()) {
    // One in four did not come; everyone else came and had their interviews.
    if (i % 4 === 2) {
      await markCheckin(db, DEMO_ACTOR, past.event.id, registrationId, "no_show");
      continue;
    }
    await markCheckin(db, DEMO_ACTOR, past.event.id, registrationId, "arrived");
    const interviews = await db.selectFrom("interviews").select("id").where("registration_id", "=", registrationId).execute();
    for (const interview of interviews) {
      await recordInterviewResult(db, DEMO_ACTOR, past.event.id, { interviewId: interview.id, held: true, outcome: outcomes[n % outcomes.length] });
      n += 1;
    }
  }
  // The outbox holds the demo's publishing mails; they are to made-up people, never sent.
  await db.deleteFrom("outbox").where("subject", "like", "面談%").execute();
}

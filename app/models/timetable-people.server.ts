import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types";

// The people side of a timetable: who asked for whom, and who sees which interviews.
// A cancelled registration's interviews stay in the table (the slot is simply free) but are
// never shown or counted; a purged one keeps its interviews for the figures, without a name.

type Db = Kysely<Database> | Transaction<Database>;

/** The scheduler's input: taking-part employers and the ranked choices of those registered. */
export async function listScheduleRequests(db: Db, eventId: number) {
  const employers = await db
    .selectFrom("event_participants")
    .innerJoin("employers", "employers.id", "event_participants.employer_id")
    .select("employers.id")
    .where("event_participants.event_id", "=", eventId)
    .orderBy("employers.name_kana")
    .orderBy("employers.id")
    .execute();
  const choices = await db
    .selectFrom("registration_choices")
    .innerJoin("event_registrations as r", "r.id", "registration_choices.registration_id")
    .select(["r.id", "registration_choices.employer_id", "registration_choices.rank"])
    .where("r.event_id", "=", eventId)
    .where("r.status", "=", "registered")
    .orderBy("r.id")
    .orderBy("registration_choices.rank")
    .execute();
  const people = new Map<number, number[]>();
  for (const c of choices) {
    const list = people.get(c.id) ?? [];
    list.push(c.employer_id);
    people.set(c.id, list);
  }
  return {
    employerIds: employers.map((e) => e.id),
    people: [...people].map(([id, list]) => ({ id, choices: list })),
  };
}

function shown(db: Db, eventId: number) {
  return db
    .selectFrom("interviews as i")
    .innerJoin("employers as e", "e.id", "i.employer_id")
    .leftJoin("event_registrations as r", "r.id", "i.registration_id")
    .where("i.event_id", "=", eventId)
    .where((eb) => eb.or([eb("r.status", "is", null), eb("r.status", "!=", "cancelled")]));
}

/** Every interview of a fair, for staff. */
export async function listTimetableInterviews(db: Db, eventId: number) {
  return shown(db, eventId)
    .select([
      "i.id",
      "i.slot",
      "i.table_no",
      "i.rank",
      "i.held",
      "i.outcome",
      "i.registration_id",
      "i.employer_id",
      "e.name as employer_name",
      "e.name_kana as employer_kana",
      "r.nickname",
    ])
    .orderBy("i.slot")
    .orderBy("i.table_no")
    .execute();
}

/** One employer's own interviews, by nickname only. */
export async function listEmployerInterviews(db: Db, eventId: number, employerId: number) {
  return shown(db, eventId)
    .select(["i.id", "i.slot", "i.table_no", "r.nickname"])
    .where("i.employer_id", "=", employerId)
    .orderBy("i.slot")
    .execute();
}

/** One person's interviews: time, table and employer. */
export async function listPersonInterviews(db: Db, registrationId: number) {
  return db
    .selectFrom("interviews as i")
    .innerJoin("employers as e", "e.id", "i.employer_id")
    .select(["i.id", "i.event_id", "i.slot", "i.table_no", "e.id as employer_id", "e.name as employer_name"])
    .where("i.registration_id", "=", registrationId)
    .orderBy("i.slot")
    .execute();
}

/** The choices the timetable could not meet, for staff to see who is left out. */
export async function listUnmetChoices(db: Db, eventId: number) {
  return db
    .selectFrom("registration_choices as c")
    .innerJoin("event_registrations as r", "r.id", "c.registration_id")
    .innerJoin("employers as e", "e.id", "c.employer_id")
    .select(["r.id as registration_id", "r.nickname", "c.rank", "e.name as employer_name"])
    .where("r.event_id", "=", eventId)
    .where("r.status", "=", "registered")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("interviews as i")
            .select("i.id")
            .whereRef("i.registration_id", "=", "r.id")
            .whereRef("i.employer_id", "=", "c.employer_id"),
        ),
      ),
    )
    .orderBy("r.id")
    .orderBy("c.rank")
    .execute();
}

import { sql, type Kysely } from "kysely";
import type { Database, InterviewOutcome } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { hashCode, normaliseCode } from "./registrations.server";

// The fair-day desk: find a registered person by nickname or by the code they bring, mark
// whether they came, and for each interview whether it was held and what the employer said.

export type CheckinPerson = {
  id: number;
  nickname: string;
  state: "arrived" | "no_show" | null;
  interviews: Array<{
    id: number;
    slot: number;
    table_no: number;
    employer_name: string;
    held: number;
    outcome: InterviewOutcome | null;
  }>;
};

/** Registered people of the event whose nickname contains q, or whose code is q. */
export async function searchCheckin(db: Kysely<Database>, eventId: number, q: string): Promise<CheckinPerson[]> {
  const code = normaliseCode(q);
  const people = await db
    .selectFrom("event_registrations as r")
    .leftJoin("event_checkins as c", "c.registration_id", "r.id")
    .select(["r.id", "r.nickname", "c.state"])
    .where("r.event_id", "=", eventId)
    .where("r.status", "=", "registered")
    .where("r.purged_at", "is", null)
    .$if(q !== "", (qb) =>
      qb.where((eb) =>
        eb.or([
          eb(sql`instr(lower(r.nickname), lower(${q}))`, ">", 0),
          eb("r.code_hash", "=", code.length >= 8 ? hashCode(code) : "-"),
        ]),
      ),
    )
    .orderBy("r.nickname")
    .orderBy("r.id")
    .limit(50)
    .execute();
  const interviews = people.length
    ? await db
        .selectFrom("interviews as i")
        .innerJoin("employers as e", "e.id", "i.employer_id")
        .select(["i.id", "i.registration_id", "i.slot", "i.table_no", "e.name as employer_name", "i.held", "i.outcome"])
        .where("i.event_id", "=", eventId)
        .where("i.registration_id", "in", people.map((p) => p.id))
        .orderBy("i.slot")
        .execute()
    : [];
  return people.map((p) => ({
    id: p.id,
    nickname: p.nickname,
    state: p.state ?? null,
    interviews: interviews.filter((i) => i.registration_id === p.id),
  }));
}

export async function markCheckin(
  db: Kysely<Database>,
  actor: Actor,
  eventId: number,
  registrationId: number,
  state: "arrived" | "no_show" | "clear",
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom("event_registrations")
      .select("id")
      .where("id", "=", registrationId)
      .where("event_id", "=", eventId)
      .where("status", "=", "registered")
      .executeTakeFirst();
    if (!found) return false;
    if (state === "clear") {
      await trx.deleteFrom("event_checkins").where("registration_id", "=", registrationId).execute();
    } else {
      await trx
        .insertInto("event_checkins")
        .values({ event_id: eventId, registration_id: registrationId, state, updated_at: nowIso() })
        .onConflict((oc) => oc.column("registration_id").doUpdateSet({ state, updated_at: nowIso() }))
        .execute();
    }
    await recordAudit(trx, actor, "checkin.mark", { type: "event", id: eventId }, { registration: registrationId, state });
    return true;
  });
}

export async function recordInterviewResult(
  db: Kysely<Database>,
  actor: Actor,
  eventId: number,
  input: { interviewId: number; held: boolean; outcome: InterviewOutcome | "" },
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("interviews")
      .select(["id", "registration_id"])
      .where("id", "=", input.interviewId)
      .where("event_id", "=", eventId)
      .executeTakeFirst();
    if (!row) return null;
    // An outcome means the interview took place.
    const held = input.held || input.outcome !== "";
    await trx
      .updateTable("interviews")
      .set({ held: held ? 1 : 0, outcome: input.outcome || null, updated_at: nowIso() })
      .where("id", "=", row.id)
      .execute();
    // Someone who had an interview came, even if the desk missed them.
    if (held && row.registration_id !== null) {
      await trx
        .insertInto("event_checkins")
        .values({ event_id: eventId, registration_id: row.registration_id, state: "arrived", updated_at: nowIso() })
        .onConflict((oc) => oc.column("registration_id").doUpdateSet({ state: "arrived", updated_at: nowIso() }))
        .execute();
    }
    await recordAudit(trx, actor, "checkin.interview", { type: "event", id: eventId }, {
      interview: row.id,
      held,
      outcome: input.outcome,
    });
    return row.registration_id;
  });
}

/** The day's figures from the records: arrivals, no-shows, interviews held, each outcome. */
export async function checkinFigures(db: Kysely<Database>, eventId: number) {
  const people = await db
    .selectFrom("event_registrations as r")
    .leftJoin("event_checkins as c", "c.registration_id", "r.id")
    .select([
      (eb) => eb.fn.countAll<number>().as("registered"),
      sql<number>`coalesce(sum(c.state = 'arrived'), 0)`.as("arrived"),
      sql<number>`coalesce(sum(c.state = 'no_show'), 0)`.as("noShow"),
    ])
    .where("r.event_id", "=", eventId)
    .where("r.status", "=", "registered")
    .executeTakeFirstOrThrow();
  const interviews = await db
    .selectFrom("interviews")
    .select([
      sql<number>`coalesce(sum(held), 0)`.as("held"),
      sql<number>`count(distinct case when held = 1 then employer_id end)`.as("employers"),
      sql<number>`coalesce(sum(outcome = 'tour'), 0)`.as("tour"),
      sql<number>`coalesce(sum(outcome = 'interview'), 0)`.as("interview"),
      sql<number>`coalesce(sum(outcome = 'offer'), 0)`.as("offer"),
      sql<number>`coalesce(sum(outcome = 'declined'), 0)`.as("declined"),
    ])
    .where("event_id", "=", eventId)
    .executeTakeFirstOrThrow();
  return { ...people, ...interviews };
}

/** An event that takes registrations (with or without interviews): the ones with a desk. */
export async function findEventForCheckin(db: Kysely<Database>, eventId: number) {
  return db
    .selectFrom("events")
    .select(["id", "title", "starts_at", "venue", "registration_mode"])
    .where("id", "=", eventId)
    .where("registration_mode", "!=", "none")
    .executeTakeFirst();
}

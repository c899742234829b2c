import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { employersFigure, figuresRecorded, interviewsFigure, seekersFigure } from "./event-figures.server";
import { nowIso } from "~/utils/dates";
import { fiscalMonths, lastDayOfMonth } from "~/utils/fiscal";
import { recordAudit, type Actor } from "./audit.server";
import { now as clockNow } from "~/utils/clock";

// What staff enter for the figures: attendance at past events and magazine copies sent out.

/** Published events that have ended, newest first: the ones attendance can be entered for. */
export async function listPastEvents(db: Kysely<Database>, now = clockNow(), limit = 100) {
  return db
    .selectFrom("events")
    .select([
      "id",
      "kind",
      "title",
      "starts_at",
    ])
    .select([
      seekersFigure("events").as("attendance_seekers"),
      employersFigure("events").as("attendance_employers"),
      interviewsFigure("events").as("interviews_held"),
      figuresRecorded("events").as("figures_recorded"),
    ])
    .where("status", "=", "published")
    .where("ends_at", "<=", now.toISOString())
    .orderBy("starts_at", "desc")
    .limit(limit)
    .execute();
}

export async function findPastEvent(db: Kysely<Database>, id: number, now = clockNow()) {
  return db
    .selectFrom("events")
    .select(["id", "kind", "title", "starts_at"])
    .select([
      seekersFigure("events").as("attendance_seekers"),
      employersFigure("events").as("attendance_employers"),
      interviewsFigure("events").as("interviews_held"),
      figuresRecorded("events").as("figures_recorded"),
    ])
    .select((eb) =>
      eb
        .selectFrom("event_participants")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("event_participants.event_id", "=", "events.id")
        .as("registered_employers"),
    )
    .where("id", "=", id)
    .where("status", "=", "published")
    .where("ends_at", "<=", now.toISOString())
    .executeTakeFirst();
}

export type Attendance = { seekers: number; employers: number; interviews: number };

export async function saveAttendance(db: Kysely<Database>, actor: Actor, eventId: number, input: Attendance) {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("events")
      .set({
        attendance_seekers: input.seekers,
        attendance_employers: input.employers,
        interviews_held: input.interviews,
        updated_at: nowIso(),
      })
      .where("id", "=", eventId)
      .where("status", "=", "published")
      .returning("id")
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "event.attendance", { type: "event", id: eventId }, { ...input });
    return updated;
  });
}

/** Issues copies can be sent of: published ones, newest first. */
export async function listDistributableIssues(db: Kysely<Database>) {
  return db
    .selectFrom("magazine_issues")
    .select(["id", "number", "title", "issue_date"])
    .where("status", "=", "published")
    .orderBy("number", "desc")
    .execute();
}

export async function listDistributions(db: Kysely<Database>, fiscalYear: number) {
  const months = fiscalMonths(fiscalYear);
  return db
    .selectFrom("magazine_distributions")
    .innerJoin("magazine_issues", "magazine_issues.id", "magazine_distributions.issue_id")
    .select([
      "magazine_distributions.id",
      "magazine_distributions.destination",
      "magazine_distributions.copies",
      "magazine_distributions.sent_on",
      "magazine_issues.number",
    ])
    .where("magazine_distributions.sent_on", ">=", `${months[0]}-01`)
    .where("magazine_distributions.sent_on", "<=", lastDayOfMonth(months[11]))
    .orderBy("magazine_distributions.sent_on", "desc")
    .orderBy("magazine_distributions.id", "desc")
    .execute();
}

export type DistributionInput = { issueId: number; destination: string; copies: number; sentOn: string };

export async function addDistribution(db: Kysely<Database>, actor: Actor, input: DistributionInput) {
  return db.transaction().execute(async (trx) => {
    const issue = await trx
      .selectFrom("magazine_issues")
      .select("number")
      .where("id", "=", input.issueId)
      .where("status", "=", "published")
      .executeTakeFirst();
    if (!issue) return null;
    const row = await trx
      .insertInto("magazine_distributions")
      .values({
        issue_id: input.issueId,
        destination: input.destination,
        copies: input.copies,
        sent_on: input.sentOn,
        created_at: nowIso(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, "magazine.distribution.add", { type: "magazine_distribution", id: row.id }, {
      issue: issue.number,
      destination: input.destination,
      copies: input.copies,
      sentOn: input.sentOn,
    });
    return row;
  });
}

export async function deleteDistribution(db: Kysely<Database>, actor: Actor, id: number) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom("magazine_distributions")
      .where("id", "=", id)
      .returning(["id", "destination", "copies", "sent_on"])
      .executeTakeFirst();
    if (!row) return null;
    await recordAudit(trx, actor, "magazine.distribution.delete", { type: "magazine_distribution", id }, {
      destination: row.destination,
      copies: row.copies,
      sentOn: row.sent_on,
    });
    return row;
  });
}

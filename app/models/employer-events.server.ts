import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { EmployerEventInput } from "~/schemas/employer";
import { nowIso } from "~/utils/dates";
import { recordAudit } from "./audit.server";
import type { EmployerActor } from "./employer-jobs.server";
import { employerItemWaitingMail } from "./mails.server";
import { enqueueForStaff } from "./outbox.server";
import { settleTexts } from "./search-text.server";

/** A wall-clock time in Asia/Tokyo as the UTC instant the database stores. */
function tokyoInstant(day: string, time: string) {
  return new Date(`${day}T${time}:00+09:00`).toISOString();
}

/** An employer proposes a seminar or workplace tour; it waits for staff before it is shown. */
export async function proposeEvent(db: Kysely<Database>, actor: EmployerActor, input: EmployerEventInput) {
  const result = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const event = await trx
      .insertInto("events")
      .values({
        kind: input.kind,
        title: input.title,
        description: input.description,
        starts_at: tokyoInstant(input.day, input.start_time),
        ends_at: tokyoInstant(input.day, input.end_time),
        venue: input.venue,
        address: input.address,
        capacity: input.capacity,
        what_to_bring: input.what_to_bring,
        how_to_join: input.how_to_join,
        organizer_employer_id: actor.employerId,
        status: "pending",
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, "event.propose", { type: "event", id: event.id });
    await enqueueForStaff(trx, (to) =>
      employerItemWaitingMail(to, { kind: "event", companyName: actor.companyName, title: input.title }, actor.staffLink),
    );
    return event.id;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

/** Events this employer organises or takes part in, soonest first. */
export async function listEmployerEvents(db: Kysely<Database>, employerId: number) {
  return db
    .selectFrom("events")
    .select(["id", "kind", "title", "starts_at", "ends_at", "venue", "status", "status_reason", "refused_at", "organizer_employer_id"])
    .where((eb) =>
      eb.or([
        eb("organizer_employer_id", "=", employerId),
        eb(
          "id",
          "in",
          eb.selectFrom("event_participants").select("event_id").where("employer_id", "=", employerId),
        ),
      ]),
    )
    .orderBy("starts_at", "desc")
    .limit(50)
    .execute();
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { buildSlots, findClashes, scheduleInterviews, type Interview } from "./interview-schedule";
import { listScheduleRequests } from "./timetable-people.server";
import { minuteText, slotText, type Timetable, type TimetableSettings } from "./timetable-text";

export { minuteText, slotText, type Timetable, type TimetableSettings } from "./timetable-text";

/** An event that takes registrations with interviews: the only kind with a timetable. */
export async function findFairForTimetable(db: Kysely<Database>, eventId: number) {
  return db
    .selectFrom("events")
    .select(["id", "title", "kind", "starts_at", "ends_at", "venue", "address", "status"])
    .where("id", "=", eventId)
    .where("registration_mode", "=", "interviews")
    .executeTakeFirst();
}

export async function findTimetable(db: Kysely<Database>, eventId: number): Promise<Timetable | null> {
  const row = await db.selectFrom("event_timetables").selectAll().where("event_id", "=", eventId).executeTakeFirst();
  if (!row) return null;
  const settings: TimetableSettings = {
    startMinute: row.start_minute,
    endMinute: row.end_minute,
    slotMinutes: row.slot_minutes,
    tables: row.table_count,
    breaks: JSON.parse(row.breaks) as TimetableSettings["breaks"],
  };
  return {
    ...settings,
    eventId,
    slots: buildSlots(settings),
    builtAt: row.built_at,
    publishedAt: row.published_at,
  };
}

/**
 * Saves the period, slot length, breaks and tables. Slots are numbered from these, so a
 * change clears a timetable already built (it is built again), and a published one is
 * never changed this way.
 */
export async function saveTimetableSettings(
  db: Kysely<Database>,
  actor: Actor,
  eventId: number,
  settings: TimetableSettings,
): Promise<"saved" | "published"> {
  return db.transaction().execute(async (trx) => {
    const current = await findTimetable(trx, eventId);
    if (current?.publishedAt) return "published";
    const values = {
      start_minute: settings.startMinute,
      end_minute: settings.endMinute,
      slot_minutes: settings.slotMinutes,
      table_count: settings.tables,
      breaks: JSON.stringify(settings.breaks),
      built_at: null,
      updated_at: nowIso(),
    };
    await trx
      .insertInto("event_timetables")
      .values({ event_id: eventId, ...values })
      .onConflict((oc) => oc.column("event_id").doUpdateSet(values))
      .execute();
    await trx.deleteFrom("interviews").where("event_id", "=", eventId).execute();
    await recordAudit(trx, actor, "timetable.settings", { type: "event", id: eventId }, {
      period: `${minuteText(settings.startMinute)}-${minuteText(settings.endMinute)}`,
      slotMinutes: settings.slotMinutes,
      tables: settings.tables,
      breaks: settings.breaks.map((b) => `${minuteText(b.startMinute)}-${minuteText(b.endMinute)}`).join(" "),
    });
    return "saved";
  });
}

/** Builds (or builds again) the timetable from the registrations' ranked choices. */
export async function buildTimetable(db: Kysely<Database>, actor: Actor, eventId: number) {
  return db.transaction().execute(async (trx) => {
    const timetable = await findTimetable(trx, eventId);
    if (!timetable) return { ok: false as const, message: "先に、面談の時間とテーブルの数を保存してください。" };
    if (timetable.publishedAt) return { ok: false as const, message: "公開した面談表は作り直せません。" };
    const { employerIds, people } = await listScheduleRequests(trx, eventId);
    const tables = Array.from({ length: timetable.tables }, (_, i) => i + 1);
    // With a table for every employer, each keeps one table all day (in the order of the
    // list); with fewer, the scheduler lends free tables slot by slot.
    const enough = employerIds.length <= tables.length;
    const employers = employerIds.map((id, i) => ({ id, table: enough ? i + 1 : null }));
    const result = scheduleInterviews({ slots: timetable.slots, tables, employers, people });
    const ranks = new Map(people.map((p) => [p.id, p.choices]));
    await trx.deleteFrom("interviews").where("event_id", "=", eventId).execute();
    const at = nowIso();
    const rows = result.interviews.map((i) => ({
      event_id: eventId,
      registration_id: i.personId,
      employer_id: i.employerId,
      slot: i.slot,
      table_no: i.table,
      rank: (ranks.get(i.personId)?.indexOf(i.employerId) ?? -1) + 1 || null,
      updated_at: at,
    }));
    // SQLite allows a limited number of bound values per statement.
    for (let i = 0; i < rows.length; i += 100) {
      await trx.insertInto("interviews").values(rows.slice(i, i + 100)).execute();
    }
    await trx.updateTable("event_timetables").set({ built_at: at, updated_at: at }).where("event_id", "=", eventId).execute();
    await recordAudit(trx, actor, "timetable.build", { type: "event", id: eventId }, {
      interviews: result.interviews.length,
      unmet: result.unmet.length,
    });
    return { ok: true as const, placed: result.interviews.length, unmet: result.unmet.length };
  });
}

type Change = { id: number; slot: number; table: number };

/**
 * Applies hand changes only when the whole timetable stays free of clashes; otherwise says
 * what would clash, and nothing is saved.
 */
async function applyChanges(
  db: Kysely<Database>,
  actor: Actor,
  eventId: number,
  changes: Change[],
): Promise<{ ok: true } | { ok: false; message: string } | null> {
  return db.transaction().execute(async (trx) => {
    const timetable = await findTimetable(trx, eventId);
    if (!timetable) return null;
    const rows = await trx
      .selectFrom("interviews")
      .select(["id", "registration_id", "employer_id", "slot", "table_no"])
      .where("event_id", "=", eventId)
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    if (changes.some((c) => !byId.has(c.id))) return null;
    if (changes.some((c) => c.table < 1 || c.table > timetable.tables)) {
      return { ok: false as const, message: `テーブルは 1 から ${timetable.tables} までです。` };
    }
    const changed = new Map(changes.map((c) => [c.id, c]));
    const after: Interview[] = rows.map((r) => ({
      // A registration removed after the retention period cannot clash with anyone.
      personId: r.registration_id ?? -r.id,
      employerId: r.employer_id,
      slot: changed.get(r.id)?.slot ?? r.slot,
      table: changed.get(r.id)?.table ?? r.table_no,
    }));
    const clashes = findClashes(after, timetable.slots.length);
    if (clashes.length > 0) {
      return { ok: false as const, message: `変えられません。${[...new Set(clashes)].join("")}` };
    }
    const at = nowIso();
    // Out of the way first, so the unique indexes never see two interviews in one place.
    for (const change of changes) {
      await trx.updateTable("interviews").set({ slot: 1_000_000 + change.id }).where("id", "=", change.id).execute();
    }
    for (const change of changes) {
      await trx
        .updateTable("interviews")
        .set({ slot: change.slot, table_no: change.table, updated_at: at })
        .where("id", "=", change.id)
        .execute();
    }
    await recordAudit(trx, actor, changes.length > 1 ? "timetable.swap" : "timetable.move", { type: "event", id: eventId }, {
      changes: changes.map((c) => {
        const before = byId.get(c.id)!;
        return `${slotText(timetable.slots[before.slot])} T${before.table_no} → ${slotText(timetable.slots[c.slot])} T${c.table}`;
      }),
    });
    return { ok: true as const };
  });
}

export function moveInterview(
  db: Kysely<Database>,
  actor: Actor,
  eventId: number,
  input: { interviewId: number; slot: number; table: number },
) {
  return applyChanges(db, actor, eventId, [{ id: input.interviewId, slot: input.slot, table: input.table }]);
}

export async function swapInterviews(
  db: Kysely<Database>,
  actor: Actor,
  eventId: number,
  input: { first: number; second: number },
) {
  const rows = await db
    .selectFrom("interviews")
    .select(["id", "slot", "table_no"])
    .where("event_id", "=", eventId)
    .where("id", "in", [input.first, input.second])
    .execute();
  const a = rows.find((r) => r.id === input.first);
  const b = rows.find((r) => r.id === input.second);
  if (!a || !b || a.id === b.id) return null;
  return applyChanges(
    db,
    actor,
    eventId,
    [
      { id: a.id, slot: b.slot, table: b.table_no },
      { id: b.id, slot: a.slot, table: a.table_no },
    ],
  );
}

import type { Kysely } from "kysely";
import type { Database, HelpSection } from "../../db/types";
import type { HelpEntryInput } from "~/schemas/help";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";

// Where to turn besides a job: the entries of /help and of the magazine's back pages.
// Staff add, change and remove them at /staff/help; every change is audited.

export type HelpEntry = {
  id: number;
  section: HelpSection;
  name: string;
  body: string;
  contact: string;
  url: string;
  position: number;
  isExample: boolean;
};

const SECTION_ORDER: HelpSection[] = ["housing", "welfare", "addiction", "work"];

type Row = { id: number; section: HelpSection; name: string; body: string; contact: string; url: string; position: number; is_example: number };

function toEntry(row: Row): HelpEntry {
  return {
    id: row.id,
    section: row.section,
    name: row.name,
    body: row.body,
    contact: row.contact,
    url: row.url,
    position: row.position,
    isExample: row.is_example === 1,
  };
}

/** Every entry, section by section, in the order staff set. */
export async function listHelpEntries(db: Kysely<Database>): Promise<HelpEntry[]> {
  const rows = await db.selectFrom("help_entries").selectAll().orderBy("position").orderBy("id").execute();
  const entries = rows.map(toEntry);
  return SECTION_ORDER.flatMap((section) => entries.filter((e) => e.section === section));
}

export async function findHelpEntry(db: Kysely<Database>, id: number): Promise<HelpEntry | null> {
  const row = await db.selectFrom("help_entries").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toEntry(row) : null;
}

function columns(input: HelpEntryInput) {
  return {
    section: input.section,
    name: input.name,
    body: input.body,
    contact: input.contact,
    url: input.url,
    position: input.position ?? 0,
    is_example: input.example ? 1 : 0,
  };
}

export async function addHelpEntry(db: Kysely<Database>, actor: Actor, input: HelpEntryInput): Promise<number> {
  const now = nowIso();
  const { id } = await db
    .insertInto("help_entries")
    .values({ ...columns(input), created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(db, actor, "help_entry.add", { type: "help_entry", id }, { ...input });
  return id;
}

/** Null when there is no such entry. */
export async function changeHelpEntry(db: Kysely<Database>, actor: Actor, id: number, input: HelpEntryInput) {
  const before = await findHelpEntry(db, id);
  if (!before) return null;
  await db
    .updateTable("help_entries")
    .set({ ...columns(input), updated_at: nowIso() })
    .where("id", "=", id)
    .execute();
  const { id: _id, ...was } = before;
  await recordAudit(db, actor, "help_entry.change", { type: "help_entry", id }, { before: was, after: input });
  return id;
}

/** Null when there is no such entry. */
export async function deleteHelpEntry(db: Kysely<Database>, actor: Actor, id: number) {
  const before = await findHelpEntry(db, id);
  if (!before) return null;
  await db.deleteFrom("help_entries").where("id", "=", id).execute();
  await recordAudit(db, actor, "help_entry.delete", { type: "help_entry", id }, { name: before.name, section: before.section });
  return id;
}

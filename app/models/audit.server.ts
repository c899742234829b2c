import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { contains, pageWindow, startsWith } from "./lists.server";

/** Who made a change: a signed-in user, or a command-line script (id null). */
export type Actor = { id: number | null; email: string };

/** Appends one entry; the table refuses updates and deletes. */
export async function recordAudit(
  db: Kysely<Database>,
  actor: Actor | null,
  action: string,
  entity: { type: string; id: number | string },
  detail: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_user_id: actor?.id ?? null,
      actor_email: actor?.email ?? "system",
      action,
      entity_type: entity.type,
      entity_id: String(entity.id),
      detail: JSON.stringify(detail),
      created_at: nowIso(),
    })
    .execute();
}

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  actorEmail?: string;
  action?: string;
  /** Tokyo calendar days, inclusive. */
  from?: string;
  to?: string;
};

/**
 * Newest first, a page at a time with the total. Reading is all anyone can do with the
 * log: there is no update or delete.
 */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter = {}, requestedPage = 1) {
  let q = db.selectFrom("audit_log");
  if (filter.entityType) q = q.where("entity_type", "=", filter.entityType);
  if (filter.entityId) q = q.where("entity_id", "=", filter.entityId);
  if (filter.actorEmail) q = q.where(contains("actor_email", filter.actorEmail));
  if (filter.action) q = q.where(startsWith("action", filter.action));
  if (filter.from) q = q.where("created_at", ">=", new Date(`${filter.from}T00:00:00+09:00`).toISOString());
  if (filter.to) q = q.where("created_at", "<", new Date(new Date(`${filter.to}T00:00:00+09:00`).getTime() + 86_400_000).toISOString());
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const window = pageWindow(Number(n), requestedPage);
  const rows = await q.selectAll().orderBy("id", "desc").limit(window.size).offset(window.offset).execute();
  return { rows, ...window };
}

export async function listAuditEntityTypes(db: Kysely<Database>) {
  const rows = await db.selectFrom("audit_log").select("entity_type").distinct().orderBy("entity_type").execute();
  return rows.map((r) => r.entity_type);
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";

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

export type AuditFilter = { entityType?: string; actorEmail?: string; action?: string };

export async function listAudit(db: Kysely<Database>, filter: AuditFilter = {}, limit = 200) {
  let q = db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(limit);
  if (filter.entityType) q = q.where("entity_type", "=", filter.entityType);
  if (filter.actorEmail) q = q.where("actor_email", "=", filter.actorEmail);
  if (filter.action) q = q.where("action", "=", filter.action);
  return q.execute();
}

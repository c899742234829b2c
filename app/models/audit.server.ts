import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { actionsOfKind } from "./audit-sentences";
import { contains, pageWindow } from "./lists.server";

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
  /** Part of the name or mail address of whoever acted. */
  person?: string;
  /** A kind of AUDIT_KINDS (ログイン, 求人, …). */
  kind?: string;
  /** Part of the record's name (求人の職種, 事業主の名前, …). */
  target?: string;
  entityType?: string;
  entityId?: string;
  /** Tokyo calendar days, inclusive. */
  from?: string;
  to?: string;
};

// The record's name as it is now, read at display time: the stored rows stay as written.
const TARGET_NAME = sql<string | null>`case a.entity_type
  when 'employer' then (select name from employers where id = a.entity_id)
  when 'job' then (select title from jobs where id = a.entity_id)
  when 'job_revision' then (select j.title from job_revisions r join jobs j on j.id = r.job_id where r.id = a.entity_id)
  when 'event' then (select title from events where id = a.entity_id)
  when 'contact_request' then (select name || ' さん' from contact_requests where id = a.entity_id)
  when 'user' then (select case when display_name <> '' then display_name || '（' || email || '）' else email end from users where id = a.entity_id)
  when 'login' then a.entity_id
  when 'magazine_issue' then (select '第' || number || '号 ' || title from magazine_issues where id = a.entity_id)
  when 'magazine_distribution' then json_extract(a.detail, '$.destination')
  when 'survey' then (select title from surveys where id = a.entity_id)
  when 'hire_report' then (select e.name || ' ' || h.month from hire_reports h join employers e on e.id = h.employer_id where h.id = a.entity_id)
  when 'stats_table' then json_extract(a.detail, '$.title')
  when 'help_entry' then coalesce((select name from help_entries where id = a.entity_id), json_extract(a.detail, '$.name'))
  end`;

const TARGET_JOB = sql<number | null>`case a.entity_type
  when 'job_revision' then (select job_id from job_revisions where id = a.entity_id) end`;

function named(db: Kysely<Database>) {
  return db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_user_id")
    .leftJoin("employers as ue", "ue.id", "u.employer_id")
    .selectAll("a")
    .select([
      "u.display_name as actor_name",
      "u.role as actor_role",
      "ue.name as actor_employer",
      TARGET_NAME.as("target_name"),
      TARGET_JOB.as("target_job_id"),
    ]);
}

function filtered(db: Kysely<Database>, filter: AuditFilter) {
  let q = db.selectFrom(named(db).as("e")).selectAll("e");
  if (filter.entityType) q = q.where("e.entity_type", "=", filter.entityType);
  if (filter.entityId) q = q.where("e.entity_id", "=", filter.entityId);
  const person = filter.person;
  if (person) {
    q = q.where((eb) =>
      eb.or([contains("e.actor_email", person), contains("e.actor_name", person), contains("e.actor_employer", person)]),
    );
  }
  if (filter.kind) {
    const codes = actionsOfKind(filter.kind);
    q = codes.length ? q.where("e.action", "in", codes) : q.where(sql<boolean>`0`);
  }
  if (filter.target) q = q.where(contains("e.target_name", filter.target));
  if (filter.from) q = q.where("e.created_at", ">=", new Date(`${filter.from}T00:00:00+09:00`).toISOString());
  if (filter.to) {
    q = q.where("e.created_at", "<", new Date(new Date(`${filter.to}T00:00:00+09:00`).getTime() + 86_400_000).toISOString());
  }
  return q;
}

export type AuditRow = Awaited<ReturnType<typeof listAudit>>["rows"][number];

/**
 * Newest first, a page at a time with the total. Reading is all anyone can do with the
 * log: there is no update or delete.
 */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter = {}, requestedPage = 1) {
  const q = filtered(db, filter);
  const { n } = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const window = pageWindow(Number(n), requestedPage);
  const rows = await q.orderBy("e.id", "desc").limit(window.size).offset(window.offset).execute();
  return { rows, ...window };
}

/** Every matching entry, newest first, for the CSV export (at most `limit`). */
export async function exportAudit(db: Kysely<Database>, filter: AuditFilter = {}, limit = 100_000) {
  return filtered(db, filter).orderBy("e.id", "desc").limit(limit).execute();
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The log's filter from a query string (the page's GET form and the CSV link share it). */
export function auditFilterFromParams(p: URLSearchParams): Required<AuditFilter> {
  const get = (key: string) => p.get(key)?.trim().slice(0, 100) ?? "";
  return {
    person: get("person"),
    kind: get("kind"),
    target: get("target"),
    entityType: get("type"),
    entityId: get("id"),
    from: DAY.test(get("from")) ? get("from") : "",
    to: DAY.test(get("to")) ? get("to") : "",
  };
}

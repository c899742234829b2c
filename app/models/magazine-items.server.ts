import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { recordAudit, type Actor } from "~/models/audit.server";
import { draftIssue, openJobIds } from "~/models/magazine.server";
import type { OrderMode } from "~/schemas/magazine";
import { nowIso } from "~/utils/dates";
import { INDUSTRIES, WARDS, keysOf } from "~/utils/labels";

// The postings a draft issue carries and their order: each function is one transaction with
// one audit entry, and changes a draft only.

type Trx = Kysely<Database>;

/** Rewrites positions 1..n in the given order (two passes: positions are unique per issue). */
async function writePositions(trx: Trx, issueId: number, itemIds: number[]) {
  await trx
    .updateTable("magazine_items")
    .set((eb) => ({ position: eb.neg(eb.ref("id")) }))
    .where("issue_id", "=", issueId)
    .execute();
  for (const [index, itemId] of itemIds.entries()) {
    await trx.updateTable("magazine_items").set({ position: index + 1 }).where("id", "=", itemId).execute();
  }
}

const INDUSTRY_ORDER = keysOf(INDUSTRIES);
const WARD_ORDER = keysOf(WARDS);

/** Item ids sorted as the mode asks; "manual" keeps the current order. */
async function sortedItemIds(trx: Trx, issueId: number, mode: OrderMode): Promise<number[]> {
  const rows = await trx
    .selectFrom("magazine_items")
    .leftJoin("jobs", "jobs.id", "magazine_items.job_id")
    .select(["magazine_items.id", "magazine_items.position", "jobs.industry", "jobs.ward"])
    .where("magazine_items.issue_id", "=", issueId)
    .orderBy("magazine_items.position")
    .execute();
  if (mode === "manual") return rows.map((r) => r.id);
  const rank = (r: (typeof rows)[number]) =>
    mode === "industry"
      ? [INDUSTRY_ORDER.indexOf(r.industry!), WARD_ORDER.indexOf(r.ward!)]
      : [WARD_ORDER.indexOf(r.ward!), INDUSTRY_ORDER.indexOf(r.industry!)];
  return [...rows]
    .sort((a, b) => {
      const [a1, a2] = rank(a);
      const [b1, b2] = rank(b);
      return a1 - b1 || a2 - b2 || a.position - b.position;
    })
    .map((r) => r.id);
}

/** Adds open postings not yet in the issue; returns how many were added. */
export async function addItems(db: Kysely<Database>, actor: Actor, issueId: number, jobIds: number[]) {
  return db.transaction().execute(async (trx) => {
    const issue = await draftIssue(trx, issueId);
    if (!issue) return null;
    const present = await trx
      .selectFrom("magazine_items")
      .select(["job_id", "position"])
      .where("issue_id", "=", issueId)
      .execute();
    const have = new Set(present.map((p) => p.job_id));
    const open = await openJobIds(trx, [...new Set(jobIds)]);
    const fresh = [...new Set(jobIds)].filter((id) => open.has(id) && !have.has(id));
    if (fresh.length === 0) return 0;
    let position = Math.max(0, ...present.map((p) => p.position));
    for (const jobId of fresh) {
      position += 1;
      await trx.insertInto("magazine_items").values({ issue_id: issueId, job_id: jobId, position }).execute();
    }
    await writePositions(trx, issueId, await sortedItemIds(trx, issueId, issue.order_mode));
    await trx.updateTable("magazine_issues").set({ updated_at: nowIso() }).where("id", "=", issueId).execute();
    await recordAudit(trx, actor, "magazine.items.add", { type: "magazine_issue", id: issueId }, { jobIds: fresh });
    return fresh.length;
  });
}

export async function removeItem(db: Kysely<Database>, actor: Actor, issueId: number, itemId: number) {
  return db.transaction().execute(async (trx) => {
    if (!(await draftIssue(trx, issueId))) return false;
    const removed = await trx
      .deleteFrom("magazine_items")
      .where("id", "=", itemId)
      .where("issue_id", "=", issueId)
      .returning("job_id")
      .executeTakeFirst();
    if (!removed) return false;
    await writePositions(trx, issueId, await sortedItemIds(trx, issueId, "manual"));
    await recordAudit(trx, actor, "magazine.items.remove", { type: "magazine_issue", id: issueId }, {
      jobId: removed.job_id,
    });
    return true;
  });
}

/** Moves one posting a place up or down; the issue's order becomes hand-made. */
export async function moveItem(
  db: Kysely<Database>,
  actor: Actor,
  issueId: number,
  itemId: number,
  direction: "up" | "down",
) {
  return db.transaction().execute(async (trx) => {
    if (!(await draftIssue(trx, issueId))) return false;
    const ids = await sortedItemIds(trx, issueId, "manual");
    const from = ids.indexOf(itemId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= ids.length) return false;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    await writePositions(trx, issueId, ids);
    await trx
      .updateTable("magazine_issues")
      .set({ order_mode: "manual", updated_at: nowIso() })
      .where("id", "=", issueId)
      .execute();
    await recordAudit(trx, actor, "magazine.reorder", { type: "magazine_issue", id: issueId }, {
      mode: "manual",
      itemId,
      direction,
    });
    return true;
  });
}

export async function setOrderMode(db: Kysely<Database>, actor: Actor, issueId: number, mode: OrderMode) {
  return db.transaction().execute(async (trx) => {
    if (!(await draftIssue(trx, issueId))) return false;
    await writePositions(trx, issueId, await sortedItemIds(trx, issueId, mode));
    await trx
      .updateTable("magazine_issues")
      .set({ order_mode: mode, updated_at: nowIso() })
      .where("id", "=", issueId)
      .execute();
    await recordAudit(trx, actor, "magazine.reorder", { type: "magazine_issue", id: issueId }, { mode });
    return true;
  });
}

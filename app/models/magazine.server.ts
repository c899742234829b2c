import type { Kysely, Selectable } from "kysely";
import type {
  Acceptance,
  Database,
  Employer,
  Job,
  MagazineIssuesTable,
  OffenceCategory,
} from "../../db/types";
import type { JobView } from "~/components/job-view";
import { recordAudit, type Actor } from "~/models/audit.server";
import { publicJobsQuery } from "~/models/jobs.server";
import { toJobView } from "~/models/public-jobs.server";
import type { MagazineIssueInput, OrderMode } from "~/schemas/magazine";
import { nowIso } from "~/utils/dates";
import { INDUSTRIES, OFFENCE_CATEGORIES, WARDS, keysOf } from "~/utils/labels";

export type MagazineIssue = Selectable<MagazineIssuesTable>;
export type OffenceRules = Record<OffenceCategory, Acceptance>;

/** What a published magazine item freezes: the posting, its offence rules and its employer. */
export type JobSnapshot = {
  job: Job;
  offences: OffenceRules;
  employer: Pick<
    Employer,
    "id" | "name" | "name_kana" | "address" | "ward" | "phone" | "message" | "industry"
  >;
};

const OFFENCE_KEYS = keysOf(OFFENCE_CATEGORIES);

// ---------------------------------------------------------------------------------------
// snapshots

/** The postings, their rules and employers as they are now, in one read per table. */
export async function buildJobSnapshots(db: Kysely<Database>, jobIds: number[]): Promise<Map<number, JobSnapshot>> {
  const out = new Map<number, JobSnapshot>();
  if (jobIds.length === 0) return out;
  const jobs = await db.selectFrom("jobs").selectAll().where("id", "in", jobIds).execute();
  const employerIds = [...new Set(jobs.map((j) => j.employer_id))];
  const employers = await db
    .selectFrom("employers")
    .select(["id", "name", "name_kana", "address", "ward", "phone", "message", "industry"])
    .where("id", "in", employerIds.length ? employerIds : [0])
    .execute();
  const rules = await db
    .selectFrom("job_offence_rules")
    .select(["job_id", "category", "acceptance"])
    .where("job_id", "in", jobIds)
    .execute();
  for (const job of jobs) {
    const employer = employers.find((e) => e.id === job.employer_id);
    if (!employer) continue;
    const offences = Object.fromEntries(OFFENCE_KEYS.map((c) => [c, "ok"])) as OffenceRules;
    for (const rule of rules) if (rule.job_id === job.id) offences[rule.category] = rule.acceptance;
    out.set(job.id, { job, offences, employer });
  }
  return out;
}

/** The frozen form of one posting as a published issue keeps it. */
export async function buildJobSnapshot(db: Kysely<Database>, jobId: number): Promise<JobSnapshot> {
  const snapshot = (await buildJobSnapshots(db, [jobId])).get(jobId);
  if (!snapshot) throw new Error(`buildJobSnapshot: no posting ${jobId}`);
  return snapshot;
}

/** A snapshot in the shape every page renders. The snapshot keeps no website: print has no use for it. */
export function snapshotToJobView(snapshot: JobSnapshot): JobView {
  const rules = Object.entries(snapshot.offences).map(([category, acceptance]) => ({
    category: category as OffenceCategory,
    acceptance,
  }));
  return toJobView(snapshot.job, { ...snapshot.employer, website: "" }, rules);
}

// ---------------------------------------------------------------------------------------
// reading issues

export async function listIssues(db: Kysely<Database>) {
  return db
    .selectFrom("magazine_issues")
    .select((eb) => [
      "id",
      "number",
      "title",
      "issue_date",
      "status",
      "published_at",
      "pdf_path",
      eb
        .selectFrom("magazine_items")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("magazine_items.issue_id", "=", "magazine_issues.id")
        .as("item_count"),
    ])
    .orderBy("number", "desc")
    .execute();
}

export async function listPublishedIssues(db: Kysely<Database>) {
  return (await listIssues(db)).filter((issue) => issue.status === "published");
}

export async function nextIssueNumber(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("magazine_issues")
    .select((eb) => eb.fn.max("number").as("top"))
    .executeTakeFirst();
  return Number(row?.top ?? 0) + 1;
}

export async function findIssue(db: Kysely<Database>, id: number) {
  return db.selectFrom("magazine_issues").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findIssueByNumber(db: Kysely<Database>, number: number) {
  return db.selectFrom("magazine_issues").selectAll().where("number", "=", number).executeTakeFirst();
}

export type IssueItem = {
  itemId: number;
  position: number;
  jobId: number | null;
  job: JobView;
  /** The live posting is still open to the public (so a link to it works). */
  open: boolean;
};

/** Which of these postings the public can see today. */
export async function openJobIds(db: Kysely<Database>, jobIds: number[]): Promise<Set<number>> {
  if (jobIds.length === 0) return new Set();
  const rows = await publicJobsQuery(db).select("jobs.id").where("jobs.id", "in", jobIds).execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * The issue's postings in print order. A published issue reads only its frozen snapshots;
 * a draft reads the postings as they are now, which is what publishing would freeze.
 */
export async function issueItems(db: Kysely<Database>, issue: Pick<MagazineIssue, "id" | "status">): Promise<IssueItem[]> {
  const rows = await db
    .selectFrom("magazine_items")
    .select(["id", "position", "job_id", "snapshot"])
    .where("issue_id", "=", issue.id)
    .orderBy("position")
    .execute();
  const jobIds = rows.flatMap((r) => (r.job_id === null ? [] : [r.job_id]));
  const open = await openJobIds(db, jobIds);
  const live = issue.status === "draft" ? await buildJobSnapshots(db, jobIds) : new Map<number, JobSnapshot>();
  const items: IssueItem[] = [];
  for (const row of rows) {
    const snapshot =
      issue.status === "published" && row.snapshot
        ? (JSON.parse(row.snapshot) as JobSnapshot)
        : row.job_id !== null
          ? live.get(row.job_id)
          : undefined;
    if (!snapshot) continue;
    items.push({
      itemId: row.id,
      position: row.position,
      jobId: row.job_id,
      job: snapshotToJobView(snapshot),
      open: row.job_id !== null && open.has(row.job_id),
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------
// changing a draft: each function is one transaction with one audit entry

type Trx = Kysely<Database>;

function draftIssue(trx: Trx, id: number) {
  return trx
    .selectFrom("magazine_issues")
    .selectAll()
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
}

async function numberTaken(trx: Trx, number: number, exceptId = 0) {
  const row = await trx
    .selectFrom("magazine_issues")
    .select("id")
    .where("number", "=", number)
    .where("id", "!=", exceptId)
    .executeTakeFirst();
  return row !== undefined;
}

export type IssueChange = { ok: true; id: number } | { ok: false; error: "number-taken" | "not-draft" };

export async function createIssue(db: Kysely<Database>, actor: Actor, input: MagazineIssueInput): Promise<IssueChange> {
  return db.transaction().execute(async (trx) => {
    if (await numberTaken(trx, input.number)) return { ok: false, error: "number-taken" };
    const now = nowIso();
    const issue = await trx
      .insertInto("magazine_issues")
      .values({
        number: input.number,
        title: input.title,
        issue_date: input.issueDate,
        editor_note: input.editorNote,
        cover_text: input.coverText,
        order_mode: "industry",
        status: "draft",
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, "magazine.create", { type: "magazine_issue", id: issue.id }, {
      number: input.number,
      title: input.title,
    });
    return { ok: true, id: issue.id };
  });
}

export async function updateIssue(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: MagazineIssueInput,
): Promise<IssueChange> {
  return db.transaction().execute(async (trx) => {
    if (!(await draftIssue(trx, id))) return { ok: false, error: "not-draft" };
    if (await numberTaken(trx, input.number, id)) return { ok: false, error: "number-taken" };
    await trx
      .updateTable("magazine_issues")
      .set({
        number: input.number,
        title: input.title,
        issue_date: input.issueDate,
        editor_note: input.editorNote,
        cover_text: input.coverText,
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, "magazine.update", { type: "magazine_issue", id }, {
      number: input.number,
      title: input.title,
    });
    return { ok: true, id };
  });
}

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

export type PublishResult =
  | { ok: true }
  | { ok: false; error: "not-draft" | "empty" }
  | { ok: false; error: "ended"; titles: string[] };

/**
 * Freezes every chosen posting and its employer into the issue and publishes it. From here
 * on the issue reads only those snapshots, whatever happens to the postings later.
 */
export async function publishIssue(db: Kysely<Database>, actor: Actor, issueId: number): Promise<PublishResult> {
  return db.transaction().execute(async (trx) => {
    const issue = await draftIssue(trx, issueId);
    if (!issue) return { ok: false, error: "not-draft" };
    const items = await trx
      .selectFrom("magazine_items")
      .select(["id", "job_id"])
      .where("issue_id", "=", issueId)
      .orderBy("position")
      .execute();
    if (items.length === 0) return { ok: false, error: "empty" };
    const jobIds = items.map((i) => i.job_id).filter((id): id is number => id !== null);
    const open = await openJobIds(trx, jobIds);
    const snapshots = await buildJobSnapshots(trx, jobIds);
    const ended = items.filter((i) => i.job_id === null || !open.has(i.job_id));
    if (ended.length > 0) {
      return {
        ok: false,
        error: "ended",
        titles: ended.map((i) => (i.job_id !== null ? snapshots.get(i.job_id)?.job.title : undefined) ?? "（消された求人）"),
      };
    }
    for (const item of items) {
      const snapshot = snapshots.get(item.job_id!);
      await trx
        .updateTable("magazine_items")
        .set({ snapshot: JSON.stringify(snapshot) })
        .where("id", "=", item.id)
        .execute();
    }
    const now = nowIso();
    await trx
      .updateTable("magazine_issues")
      .set({ status: "published", published_at: now, updated_at: now })
      .where("id", "=", issueId)
      .execute();
    await recordAudit(trx, actor, "magazine.publish", { type: "magazine_issue", id: issueId }, {
      number: issue.number,
      items: items.length,
    });
    return { ok: true };
  });
}

/** Where the issue's stored PDF is; written by the PDF renderer, not by staff. */
export async function setIssuePdfPath(db: Kysely<Database>, id: number, pdfPath: string) {
  await db
    .updateTable("magazine_issues")
    .set({ pdf_path: pdfPath })
    .where("id", "=", id)
    .where("status", "=", "published")
    .execute();
}

/**
 * The issue a reader asked for by number: a published one for anyone, a draft only for
 * staff (their preview); anything else is not found.
 */
export async function findReadableIssue(db: Kysely<Database>, rawNumber: string | undefined, isStaff: boolean) {
  if (!/^\d{1,6}$/.test(rawNumber ?? "")) return undefined;
  const issue = await findIssueByNumber(db, Number(rawNumber));
  if (!issue || (issue.status !== "published" && !isStaff)) return undefined;
  return issue;
}

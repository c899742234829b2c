import type { Kysely, Selectable } from "kysely";
import type { Database, MagazineIssuesTable } from "../../db/types";
import type { JobView } from "~/components/job-view";
import { recordAudit, type Actor } from "~/models/audit.server";
import { publicJobsQuery } from "~/models/jobs.server";
import { currentHelpForPrint } from "~/models/magazine-help.server";
import { buildJobSnapshots, snapshotToJobView, type JobSnapshot } from "~/models/magazine-snapshots.server";
import type { MagazineIssueInput } from "~/schemas/magazine";
import { nowIso, tokyoDay } from "~/utils/dates";

// Magazine issues: reading them, and the changes to a whole issue (its details, publishing).
// The postings inside a draft: magazine-items.server.ts; the frozen postings:
// magazine-snapshots.server.ts.

export type MagazineIssue = Selectable<MagazineIssuesTable>;

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

/**
 * Whether the public may read an issue on a Tokyo day: published, and its issue date has
 * come. A published issue dated later is 「予定」 and appears by itself on that day.
 */
export function issueIsPublic(issue: Pick<MagazineIssue, "status" | "issue_date">, today: string): boolean {
  return issue.status === "published" && issue.issue_date <= today;
}

/** Published but dated after today: waiting for its day. */
export function issueIsScheduled(issue: Pick<MagazineIssue, "status" | "issue_date">, today: string): boolean {
  return issue.status === "published" && issue.issue_date > today;
}

export async function listPublishedIssues(db: Kysely<Database>, today = tokyoDay()) {
  return (await listIssues(db)).filter((issue) => issueIsPublic(issue, today));
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

/** The issue, while it is still a draft (only a draft may change). */
export function draftIssue(trx: Trx, id: number) {
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

/** Deletes a draft with its chosen postings; a published issue is kept for good. */
export async function deleteDraftIssue(db: Kysely<Database>, actor: Actor, id: number): Promise<IssueChange> {
  return db.transaction().execute(async (trx) => {
    const issue = await draftIssue(trx, id);
    if (!issue) return { ok: false, error: "not-draft" };
    await trx.deleteFrom("magazine_items").where("issue_id", "=", id).execute();
    await trx.deleteFrom("magazine_issues").where("id", "=", id).where("status", "=", "draft").execute();
    await recordAudit(trx, actor, "magazine.delete", { type: "magazine_issue", id }, { number: issue.number, title: issue.title });
    return { ok: true, id };
  });
}

export type PublishResult =
  | { ok: true }
  | { ok: false; error: "not-draft" | "empty" }
  | { ok: false; error: "ended"; titles: string[] };

/**
 * Freezes every chosen posting and its employer, and the help list, into the issue and
 * publishes it. From here
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
    const help = await currentHelpForPrint(trx);
    const now = nowIso();
    await trx
      .updateTable("magazine_issues")
      .set({ status: "published", published_at: now, updated_at: now, help_snapshot: JSON.stringify(help) })
      .where("id", "=", issueId)
      .execute();
    await recordAudit(trx, actor, "magazine.publish", { type: "magazine_issue", id: issueId }, {
      number: issue.number,
      items: items.length,
      help: help.length,
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
 * The issue a reader asked for by number: a public one for anyone; a draft or a scheduled
 * issue only for staff (their preview); anything else is not found.
 */
export async function findReadableIssue(db: Kysely<Database>, rawNumber: string | undefined, isStaff: boolean, today = tokyoDay()) {
  if (!/^\d{1,6}$/.test(rawNumber ?? "")) return undefined;
  const issue = await findIssueByNumber(db, Number(rawNumber));
  if (!issue || (!issueIsPublic(issue, today) && !isStaff)) return undefined;
  return issue;
}

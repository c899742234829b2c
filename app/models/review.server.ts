import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { JOB_FIELD_ORDER, type JobInput } from "~/schemas/job";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { setEmployerStatus } from "./employers.server";
import { listPendingEvents } from "./events.server";
import { publishEvent, refuseEvent, sendBackEvent } from "./staff-events.server";
import { applyJobContent, jobInputToView, jobToInput, loadOffenceRules } from "./job-postings.server";
import { employerAddressee } from "./addressee.server";
import { employerDecisionMail, jobDecisionMail } from "./mails.server";
import { employerRefusedMail, employerSentBackMail, refusedMail } from "./review-mails.server";
import { enqueueMail } from "./outbox.server";
import { settleTexts } from "./search-text.server";

// One queue of everything that waits for a staff decision, oldest first, so two or three
// people working beside other duties can take the next item without hunting for it.

export type QueueKind = "employer" | "job" | "revision" | "event";
export type QueueEntry = { kind: QueueKind; id: number; title: string; who: string; since: string };

export async function listPendingEmployers(db: Kysely<Database>) {
  return db
    .selectFrom("employers")
    .select(["id", "name", "industry", "ward", "created_at"])
    .where("status", "=", "pending")
    // A sent-back application waits for the employer, not for staff.
    .where("sent_back_at", "is", null)
    .orderBy("created_at")
    .execute();
}

async function listPendingJobs(db: Kysely<Database>) {
  return db
    .selectFrom("jobs")
    .innerJoin("employers", "employers.id", "jobs.employer_id")
    .select(["jobs.id", "jobs.title", "jobs.submitted_at", "jobs.updated_at", "employers.name as employer_name"])
    .where("jobs.status", "=", "pending")
    .execute();
}

async function listPendingRevisions(db: Kysely<Database>) {
  return db
    .selectFrom("job_revisions")
    .innerJoin("jobs", "jobs.id", "job_revisions.job_id")
    .innerJoin("employers", "employers.id", "jobs.employer_id")
    .select([
      "job_revisions.id",
      "job_revisions.created_at",
      "jobs.title",
      "employers.name as employer_name",
    ])
    .where("job_revisions.status", "=", "pending")
    .execute();
}

export async function listQueue(db: Kysely<Database>): Promise<QueueEntry[]> {
  const [employers, jobs, revisions, events] = await Promise.all([
    listPendingEmployers(db),
    listPendingJobs(db),
    listPendingRevisions(db),
    listPendingEvents(db),
  ]);
  const entries: QueueEntry[] = [
    ...employers.map((e) => ({ kind: "employer" as const, id: e.id, title: e.name, who: e.name, since: e.created_at })),
    ...jobs.map((j) => ({
      kind: "job" as const,
      id: j.id,
      title: j.title,
      who: j.employer_name,
      since: j.submitted_at ?? j.updated_at,
    })),
    ...revisions.map((r) => ({
      kind: "revision" as const,
      id: r.id,
      title: r.title,
      who: r.employer_name,
      since: r.created_at,
    })),
    ...events.map((e) => ({ kind: "event" as const, id: e.id, title: e.title, who: e.organizer_name, since: e.updated_at })),
  ];
  return entries.sort((a, b) => a.since.localeCompare(b.since) || a.kind.localeCompare(b.kind) || a.id - b.id);
}

export async function countQueue(db: Kysely<Database>): Promise<number> {
  const count = async (q: Promise<{ n: number } | undefined>) => Number((await q)?.n ?? 0);
  const [a, b, c, d] = await Promise.all([
    count(
      db
        .selectFrom("employers")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "pending")
        .where("sent_back_at", "is", null)
        .executeTakeFirst(),
    ),
    count(db.selectFrom("jobs").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", "pending").executeTakeFirst()),
    count(db.selectFrom("job_revisions").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", "pending").executeTakeFirst()),
    count(
      db
        .selectFrom("events")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "pending")
        .where("organizer_employer_id", "is not", null)
        .executeTakeFirst(),
    ),
  ]);
  return a + b + c + d;
}

// ---------------------------------------------------------------------------------------
// what the reviewer reads

export async function loadJobForReview(db: Kysely<Database>, jobId: number) {
  const job = await db.selectFrom("jobs").selectAll().where("id", "=", jobId).where("status", "=", "pending").executeTakeFirst();
  if (!job) return null;
  const employer = await db
    .selectFrom("employers")
    .select(["id", "name", "name_kana", "address", "ward", "phone", "website", "message", "industry", "status"])
    .where("id", "=", job.employer_id)
    .executeTakeFirstOrThrow();
  const input = jobToInput(job, await loadOffenceRules(db, jobId));
  // The reviewer reads the posting exactly as the public page will show it.
  return { job, employer, input, view: jobInputToView(input, employer, { id: job.id, updatedAt: job.updated_at }) };
}

export async function loadRevisionForReview(db: Kysely<Database>, revisionId: number) {
  const revision = await db
    .selectFrom("job_revisions")
    .selectAll()
    .where("id", "=", revisionId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  if (!revision) return null;
  const job = await db.selectFrom("jobs").selectAll().where("id", "=", revision.job_id).executeTakeFirstOrThrow();
  const employer = await db.selectFrom("employers").select(["id", "name", "status"]).where("id", "=", job.employer_id).executeTakeFirstOrThrow();
  const current = jobToInput(job, await loadOffenceRules(db, job.id));
  const proposed = JSON.parse(revision.content) as JobInput;
  return { revision, job, employer, current, proposed };
}

/**
 * Each field whose value differs between the public version and the proposed one, in the
 * form's order. A pay amount carries its 時給/日給/月給 from its own version.
 */
export function diffJobInputs(current: JobInput, proposed: JobInput) {
  const keys = [...new Set([...JOB_FIELD_ORDER, ...Object.keys(current), ...Object.keys(proposed)])] as (keyof JobInput)[];
  const changes: { field: keyof JobInput; before: unknown; after: unknown; units?: { before: string; after: string } }[] = [];
  for (const field of keys) {
    const before = current[field] ?? null;
    const after = proposed[field] ?? null;
    if (before === after) continue;
    const pay = field === "pay_min" || field === "pay_max";
    changes.push({ field, before, after, ...(pay ? { units: { before: current.pay_unit, after: proposed.pay_unit } } : {}) });
  }
  return changes;
}

// ---------------------------------------------------------------------------------------
// decisions: each one changes the record, writes one audit entry and queues the mail,
// all in one transaction

async function employerEmails(db: Kysely<Database>, employerId: number) {
  const rows = await db
    .selectFrom("users")
    .select("email")
    .where("employer_id", "=", employerId)
    .where("disabled_at", "is", null)
    .execute();
  return rows.map((r) => r.email);
}

/**
 * Staff's three answers. 差し戻し (sendBack) asks the employer to correct and send again;
 * 不承認 (refuse) is final. Each has its own mail and its own audit code.
 */
export type Decision = "approve" | "sendBack" | "refuse";

export async function decideEmployer(
  db: Kysely<Database>,
  actor: Actor,
  employerId: number,
  decision: Decision,
  reason = "",
) {
  const result = await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom("employers").select(["status", "sent_back_at"]).where("id", "=", employerId).executeTakeFirst();
    if (current?.status !== "pending") return null;
    const emails = await employerEmails(trx, employerId);
    if (decision === "sendBack") {
      // Already sent back (by someone else a moment ago): nothing more to send.
      if (current.sent_back_at !== null) return null;
      const now = nowIso();
      const updated = await trx
        .updateTable("employers")
        .set({ sent_back_at: now, status_reason: reason, updated_at: now })
        .where("id", "=", employerId)
        .returning(["id", "name", "status"])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, "employer.send_back", { type: "employer", id: employerId }, { reason });
      for (const to of emails) await enqueueMail(trx, employerSentBackMail(to, updated.name, reason));
      return updated;
    }
    const approve = decision === "approve";
    const updated = await setEmployerStatus(trx, actor, employerId, approve ? "approved" : "rejected", reason);
    if (!updated) return null;
    for (const to of emails) {
      await enqueueMail(trx, approve ? employerDecisionMail(to, updated.name, true, "") : employerRefusedMail(to, updated.name, reason));
    }
    return updated;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

const JOB_DECISIONS = {
  approve: "job.approve",
  sendBack: "job.send_back",
  refuse: "job.refuse",
} as const;

export async function decideJob(db: Kysely<Database>, actor: Actor, jobId: number, decision: Decision, reason = "") {
  const result = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const updated = await trx
      .updateTable("jobs")
      .set(
        decision === "approve"
          ? { status: "published", status_reason: "", published_at: now, updated_at: now }
          : // 差し戻し and 不承認 are both "rejected"; refused_at makes the second final.
            { status: "rejected", status_reason: reason, updated_at: now, refused_at: decision === "refuse" ? now : null },
      )
      .where("id", "=", jobId)
      .where("status", "=", "pending")
      .returning(["id", "title", "employer_id"])
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, JOB_DECISIONS[decision], { type: "job", id: jobId }, decision === "approve" ? {} : { reason });
    const addressee = await employerAddressee(trx, updated.employer_id);
    for (const to of await employerEmails(trx, updated.employer_id)) {
      await enqueueMail(
        trx,
        decision === "refuse"
          ? refusedMail(to, "job", updated.title, reason, addressee)
          : jobDecisionMail(to, updated.title, "posting", decision === "approve", reason, addressee),
      );
    }
    return updated;
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

/**
 * Approving a revision writes its content over the public posting; sending it back leaves
 * the public version exactly as it was.
 */
export async function decideRevision(
  db: Kysely<Database>,
  actor: Actor,
  revisionId: number,
  decision: Decision,
  reason = "",
) {
  // A change to a public posting is approved or sent back; the public version stays either way.
  if (decision === "refuse") return null;
  const approve = decision === "approve";
  const result = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const revision = await trx
      .updateTable("job_revisions")
      .set({ status: approve ? "approved" : "rejected", reason: approve ? "" : reason, decided_at: now, decided_by: actor.id })
      .where("id", "=", revisionId)
      .where("status", "=", "pending")
      .returning(["id", "job_id", "content"])
      .executeTakeFirst();
    if (!revision) return null;
    const proposed = JSON.parse(revision.content) as JobInput;
    if (approve) await applyJobContent(trx, revision.job_id, proposed);
    const job = await trx.selectFrom("jobs").select(["title", "employer_id"]).where("id", "=", revision.job_id).executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      approve ? "job_revision.approve" : "job_revision.reject",
      { type: "job_revision", id: revisionId },
      approve ? { jobId: revision.job_id } : { jobId: revision.job_id, reason },
    );
    const addressee = await employerAddressee(trx, job.employer_id);
    for (const to of await employerEmails(trx, job.employer_id)) {
      await enqueueMail(trx, jobDecisionMail(to, proposed.title || job.title, "revision", approve, reason, addressee));
    }
    return { id: revision.id, jobId: revision.job_id };
  });
  // Readings and search text of what changed, now that it is committed.
  await settleTexts(db);
  return result;
}

export async function decideEvent(db: Kysely<Database>, actor: Actor, eventId: number, decision: Decision, reason = "") {
  const current = await db
    .selectFrom("events")
    .select("status")
    .where("id", "=", eventId)
    .where("organizer_employer_id", "is not", null)
    .executeTakeFirst();
  if (current?.status !== "pending") return null;
  if (decision === "approve") return publishEvent(db, actor, eventId);
  return decision === "refuse" ? refuseEvent(db, actor, eventId, reason) : sendBackEvent(db, actor, eventId, reason);
}

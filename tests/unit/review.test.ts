import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { validateSessionToken, createSession } from "../../app/auth/session.server";
import { jobToInput, loadOffenceRules } from "../../app/models/job-postings.server";
import {
  decideEmployer,
  decideEvent,
  decideJob,
  decideRevision,
  diffJobInputs,
  listQueue,
  loadRevisionForReview,
} from "../../app/models/review.server";
import { setEmployerStatus } from "../../app/models/employers.server";
import { closeJobByStaff, correctJobText } from "../../app/models/staff-jobs.server";
import { daysLeft, forwardContact, markContactHandled } from "../../app/models/staff-contacts.server";
import { sendEmployerPasswordReset, setRegistration } from "../../app/models/staff-employers.server";
import { createStaffAccount, setStaffDisabled } from "../../app/models/users.server";
import { recordAudit } from "../../app/models/audit.server";
import { publicJobsQuery } from "../../app/models/jobs.server";
import type { Database } from "../../db/types";
import { testDb } from "../setup/test-db";
import { makeEmployerAccount, makeEvent, makeJob, makeStaff } from "../factories";
import { now as clockNow } from "../../app/utils/clock";

async function auditFor(db: Kysely<Database>, type: string, id: number | string) {
  return db.selectFrom("audit_log").selectAll().where("entity_type", "=", type).where("entity_id", "=", String(id)).execute();
}

async function outboxTo(db: Kysely<Database>, to: string) {
  return db.selectFrom("outbox").selectAll().where("to_address", "=", to).orderBy("id").execute();
}

async function staffActor(db: Kysely<Database>) {
  const staff = await makeStaff(db);
  return { id: staff.id, email: staff.email };
}

async function proposeRevision(db: Kysely<Database>, jobId: number, change: Record<string, unknown>) {
  const job = await db.selectFrom("jobs").selectAll().where("id", "=", jobId).executeTakeFirstOrThrow();
  const proposed = { ...jobToInput(job, await loadOffenceRules(db, jobId)), ...change };
  return db
    .insertInto("job_revisions")
    .values({ job_id: jobId, content: JSON.stringify(proposed), status: "pending", created_at: clockNow().toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
}

describe("the review queue", () => {
  it("lists every kind of waiting item, oldest first", async () => {
    const { db } = testDb();
    const { employer: pendingEmployer } = await makeEmployerAccount(db, {
      employer: { status: "pending", created_at: "2026-11-01T00:00:00.000Z" },
    });
    const { employer } = await makeEmployerAccount(db);
    const newJob = await makeJob(db, { employerId: employer.id, status: "pending", submitted_at: "2026-11-02T00:00:00.000Z" });
    const published = await makeJob(db, { employerId: employer.id });
    const revision = await proposeRevision(db, published.id, { title: "変更後の職種" });
    const event = await makeEvent(db, {
      status: "pending",
      organizer_employer_id: employer.id,
      updated_at: "2026-11-03T00:00:00.000Z",
    });
    await makeEvent(db, { status: "draft" }); // a city draft is not the queue's business
    const queue = await listQueue(db);
    expect(queue.map((e) => `${e.kind}-${e.id}`)).toEqual([
      `employer-${pendingEmployer.id}`,
      `job-${newJob.id}`,
      `event-${event.id}`,
      `revision-${revision.id}`,
    ]);
    expect(queue).toHaveLength(4);
  });

  it("approves a new posting: published, one audit entry naming the actor, a mail to the employer", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer, user } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id, status: "pending" });
    expect(await decideJob(db, actor, job.id, "approve")).toBeTruthy();
    const row = await db.selectFrom("jobs").selectAll().where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("published");
    expect(row.published_at).not.toBeNull();
    const audit = await auditFor(db, "job", job.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "job.approve", actor_user_id: actor.id, actor_email: actor.email });
    const mails = await outboxTo(db, user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("公開しました");
    // Deciding twice does nothing more.
    expect(await decideJob(db, actor, job.id, "sendBack", "遅れて")).toBeNull();
    expect(await auditFor(db, "job", job.id)).toHaveLength(1);
  });

  it("sends a posting back with the reason the employer reads and receives", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer, user } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id, status: "pending" });
    await decideJob(db, actor, job.id, "sendBack", "給与の書き方を直してください");
    const row = await db.selectFrom("jobs").selectAll().where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "rejected", status_reason: "給与の書き方を直してください", published_at: null });
    const [mail] = await outboxTo(db, user.email);
    expect(mail.body).toContain("給与の書き方を直してください");
    const audit = await auditFor(db, "job", job.id);
    expect(audit.map((a) => a.action)).toEqual(["job.send_back"]);
  });

  it("shows a revision as a field difference, and approving it writes it over the public posting", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer, user } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id, pay_min: 10000 });
    const revision = await proposeRevision(db, job.id, { pay_min: 11000, offence_theft: "no" });
    const loaded = await loadRevisionForReview(db, revision.id);
    const changes = diffJobInputs(loaded!.current, loaded!.proposed);
    const unit = loaded!.current.pay_unit;
    expect(changes).toEqual([
      { field: "pay_min", before: 10000, after: 11000, units: { before: unit, after: unit } },
      { field: "offence_theft", before: "ok", after: "no" },
    ]);
    await decideRevision(db, actor, revision.id, "approve");
    const row = await db.selectFrom("jobs").selectAll().where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(row.pay_min).toBe(11000);
    expect((await loadOffenceRules(db, job.id)).theft).toBe("no");
    const rev = await db.selectFrom("job_revisions").selectAll().where("id", "=", revision.id).executeTakeFirstOrThrow();
    expect(rev).toMatchObject({ status: "approved", decided_by: actor.id });
    expect(await auditFor(db, "job_revision", revision.id)).toHaveLength(1);
    expect(await outboxTo(db, user.email)).toHaveLength(1);
  });

  it("sending a revision back keeps the public version as it was", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id, title: "もとの職種" });
    const revision = await proposeRevision(db, job.id, { title: "変えたい職種" });
    await decideRevision(db, actor, revision.id, "sendBack", "職種名が長すぎます");
    const row = await db.selectFrom("jobs").selectAll().where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(row.title).toBe("もとの職種");
    expect(row.status).toBe("published");
    const rev = await db.selectFrom("job_revisions").selectAll().where("id", "=", revision.id).executeTakeFirstOrThrow();
    expect(rev).toMatchObject({ status: "rejected", reason: "職種名が長すぎます" });
  });

  it("decides an employer sign-up once, with a mail, and a rejection ends their sessions", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const a = await makeEmployerAccount(db, { employer: { status: "pending" } });
    const b = await makeEmployerAccount(db, { employer: { status: "pending" } });
    const { token } = await createSession(db, b.user.id);
    await decideEmployer(db, actor, a.employer.id, "approve");
    await decideEmployer(db, actor, b.employer.id, "refuse", "所在地を確認できませんでした");
    expect((await db.selectFrom("employers").select("status").where("id", "=", a.employer.id).executeTakeFirstOrThrow()).status).toBe("approved");
    expect(await validateSessionToken(db, token)).toBeNull();
    expect((await outboxTo(db, b.user.email))[0].body).toContain("所在地を確認できませんでした");
    expect(await auditFor(db, "employer", a.employer.id)).toHaveLength(1);
    expect(await auditFor(db, "employer", b.employer.id)).toHaveLength(1);
    expect(await decideEmployer(db, actor, a.employer.id, "refuse", "二度目")).toBeNull();
  });

  it("publishes or sends back an employer's proposed event", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer, user } = await makeEmployerAccount(db);
    const tour = await makeEvent(db, { kind: "workplace_tour", status: "pending", organizer_employer_id: employer.id });
    const seminar = await makeEvent(db, { kind: "company_seminar", status: "pending", organizer_employer_id: employer.id });
    await decideEvent(db, actor, tour.id, "approve");
    await decideEvent(db, actor, seminar.id, "sendBack", "日時が決まってから出してください");
    const rows = await db.selectFrom("events").select(["id", "status", "status_reason"]).where("id", "in", [tour.id, seminar.id]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: tour.id, status: "published", status_reason: "" },
      { id: seminar.id, status: "rejected", status_reason: "日時が決まってから出してください" },
    ]);
    expect(await outboxTo(db, user.email)).toHaveLength(2);
    expect(await auditFor(db, "event", tour.id)).toHaveLength(1);
    expect(await auditFor(db, "event", seminar.id)).toHaveLength(1);
  });
});

describe("other staff actions leave exactly one audit entry", () => {
  it("suspending an employer hides its postings and ends its sessions", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer, user } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id });
    const { token } = await createSession(db, user.id);
    await setEmployerStatus(db, actor, employer.id, "suspended", "苦情の確認中");
    expect(await publicJobsQuery(db).select("jobs.id").where("jobs.id", "=", job.id).execute()).toEqual([]);
    expect(await validateSessionToken(db, token)).toBeNull();
    expect(await auditFor(db, "employer", employer.id)).toHaveLength(1);
  });

  it("records the cooperating-employer registration with the day it was confirmed", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer } = await makeEmployerAccount(db, { employer: { registration: "in_progress" } });
    await setRegistration(db, actor, employer.id, "registered", "2026-11-20");
    const row = await db.selectFrom("employers").selectAll().where("id", "=", employer.id).executeTakeFirstOrThrow();
    expect(row.registration).toBe("registered");
    expect(row.registration_confirmed_at).toBe("2026-11-19T15:00:00.000Z");
    expect(await auditFor(db, "employer", employer.id)).toHaveLength(1);
  });

  it("corrects a posting's text with before and after in the log, and closes it", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id, title: "建設作業員", how_to_apply: "電話で" });
    await correctJobText(db, actor, job.id, {
      title: "建設作業員（見習い）",
      description: job.description,
      hours: job.hours,
      days_off: job.days_off,
      pay_note: job.pay_note,
      insurance: job.insurance,
      licenses: job.licenses,
      benefits: job.benefits,
      how_to_apply: job.how_to_apply,
      note: "分かりやすく",
    });
    const [entry] = await auditFor(db, "job", job.id);
    expect(JSON.parse(entry.detail)).toEqual({
      note: "分かりやすく",
      changes: { title: { before: "建設作業員", after: "建設作業員（見習い）" } },
    });
    await closeJobByStaff(db, actor, job.id, "事業主から電話で依頼");
    const row = await db.selectFrom("jobs").selectAll().where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "closed", title: "建設作業員（見習い）" });
    expect(row.closed_at).not.toBeNull();
    expect((await auditFor(db, "job", job.id)).map((a) => a.action)).toEqual(["job.correct", "job.close"]);
  });

  it("forwards only the chosen details of a contact request, to whom it records, and so handles it", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const { employer, user } = await makeEmployerAccount(db);
    const job = await makeJob(db, { employerId: employer.id });
    const request = await db
      .insertInto("contact_requests")
      .values({
        job_id: job.id,
        name: "くまさん",
        contact_method: "phone",
        contact_value: "090-0000-0000",
        preferred_time: "夕方",
        message: "見学したいです",
        created_at: clockNow().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await forwardContact(db, actor, request.id, {
      sendName: true,
      sendContact: true,
      sendPreferredTime: false,
      sendMessage: false,
      note: "",
      resend: false,
    });
    const [forward] = await db.selectFrom("contact_forwards").selectAll().where("contact_request_id", "=", request.id).execute();
    expect(forward.employer_id).toBe(employer.id);
    expect(forward.details).toContain("090-0000-0000");
    expect(forward.details).not.toContain("見学したいです");
    expect(forward.details).not.toContain("夕方");
    expect((await outboxTo(db, user.email))[0].body).toContain("くまさん");
    // Forwarding handled it: there is nothing left to mark.
    expect(await db.selectFrom("contact_requests").select(["status", "outcome"]).where("id", "=", request.id).executeTakeFirstOrThrow()).toEqual({
      status: "handled",
      outcome: "forwarded",
    });
    expect(await markContactHandled(db, actor, request.id)).toBeNull();
    const audit = await auditFor(db, "contact_request", request.id);
    expect(audit.map((a) => a.action)).toEqual(["contact.forward"]);
    expect(JSON.parse(audit[0].detail)).toMatchObject({ recipients: [user.email], fields: ["sendName", "sendContact"] });
    // The log says which fields went, never the person's details.
    expect(audit[0].detail).not.toContain("090");
  });

  it("counts the days left before a contact request is deleted", () => {
    const now = new Date("2026-11-26T00:00:00.000Z");
    expect(daysLeft("2026-11-26T00:00:00.000Z", now, 90)).toBe(90);
    expect(daysLeft("2026-08-28T00:00:00.000Z", now, 90)).toBe(0);
    expect(daysLeft("2026-08-29T12:00:00.000Z", now, 90)).toBe(2);
  });

  it("adds and disables staff; disabling ends sessions; nobody disables themselves", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const added = await createStaffAccount(db, actor, { email: "New.Staff@example.jp", displayName: "新しい職員" });
    expect(added.email).toBe("new.staff@example.jp");
    const { token } = await createSession(db, added.id);
    await setStaffDisabled(db, actor, added.id, true);
    expect(await validateSessionToken(db, token)).toBeNull();
    expect(await setStaffDisabled(db, actor, actor.id!, true)).toBeNull();
    expect((await auditFor(db, "user", added.id)).map((a) => a.action)).toEqual(["user.create", "user.disable"]);
  });

  it("mails an employer's account a reset link, and only an account of that employer", async () => {
    const { db } = testDb();
    const actor = await staffActor(db);
    const a = await makeEmployerAccount(db);
    const b = await makeEmployerAccount(db);
    const origin = "https://jobs.example.jp";
    expect(await sendEmployerPasswordReset(db, actor, { employerId: a.employer.id, userId: b.user.id, origin })).toBeNull();
    await sendEmployerPasswordReset(db, actor, { employerId: a.employer.id, userId: a.user.id, origin });
    expect((await outboxTo(db, a.user.email))[0].body).toContain(`${origin}/password/reset/`);
    expect(await outboxTo(db, b.user.email)).toHaveLength(0);
    expect(await auditFor(db, "user", a.user.id)).toHaveLength(1);
  });
});

describe("the audit log", () => {
  it("cannot be changed or deleted", async () => {
    const { db } = testDb();
    await recordAudit(db, { id: null, email: "cli" }, "test.entry", { type: "test", id: 1 });
    await expect(db.updateTable("audit_log").set({ action: "changed" }).execute()).rejects.toThrow("audit_log is append-only");
    await expect(db.deleteFrom("audit_log").execute()).rejects.toThrow("audit_log is append-only");
    expect(await db.selectFrom("audit_log").select("action").execute()).toEqual([{ action: "test.entry" }]);
    expect(await auditFor(db, "test", 1)).toHaveLength(1);
  });
});

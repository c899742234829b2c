import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { ContactOutcomeInput, ForwardInput } from "~/schemas/staff";
import { nowIso } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { recordAudit, type Actor } from "./audit.server";
import { employerAddressee } from "./addressee.server";
import { contactForwardMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";
import { now as clockNow } from "~/utils/clock";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days until maintenance deletes a request (0: it goes at the next run). */
export function daysLeft(createdAt: string, now = clockNow(), retentionDays = env.contactRetentionDays): number {
  const deleteAt = new Date(createdAt).getTime() + retentionDays * DAY_MS;
  return Math.max(0, Math.ceil((deleteAt - now.getTime()) / DAY_MS));
}

export async function listContactRequests(
  db: Kysely<Database>,
  { status, now = clockNow() }: { status?: "new" | "handled"; now?: Date } = {},
) {
  let q = db
    .selectFrom("contact_requests")
    .leftJoin("jobs", "jobs.id", "contact_requests.job_id")
    .leftJoin("employers", "employers.id", "jobs.employer_id")
    .selectAll("contact_requests")
    .select(["jobs.title as job_title", "employers.id as employer_id", "employers.name as employer_name"])
    .select((eb) =>
      eb
        .selectFrom("contact_forwards")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("contact_forwards.contact_request_id", "=", "contact_requests.id")
        .as("forwards"),
    )
    .orderBy("contact_requests.created_at", "desc");
  if (status) q = q.where("contact_requests.status", "=", status);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, days_left: daysLeft(r.created_at, now) }));
}

export async function markContactHandled(db: Kysely<Database>, actor: Actor, id: number) {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const updated = await trx
      .updateTable("contact_requests")
      .set({ status: "handled", handled_at: now, outcome: "done" })
      .where("id", "=", id)
      .where("status", "=", "new")
      .returning("id")
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "contact.handled", { type: "contact_request", id }, {});
    return updated;
  });
}

/**
 * Closes a request as 対応済み or 対応できなかった, with a note. A request already closed
 * that way is left as it is (null); one that was forwarded may still be closed either way.
 */
export async function closeContact(db: Kysely<Database>, actor: Actor, id: number, input: ContactOutcomeInput) {
  return db.transaction().execute(async (trx) => {
    const request = await trx.selectFrom("contact_requests").select(["id", "outcome", "handled_at"]).where("id", "=", id).executeTakeFirst();
    if (!request || request.outcome === "done" || request.outcome === "unable") return null;
    await trx
      .updateTable("contact_requests")
      .set({ status: "handled", handled_at: request.handled_at ?? nowIso(), outcome: input.outcome, outcome_note: input.outcomeNote })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, input.outcome === "done" ? "contact.done" : "contact.unable", { type: "contact_request", id }, {
      note: input.outcomeNote,
    });
    return { id };
  });
}

/**
 * Passes on to the employer only what staff tick (the person agreed to it on the phone or by
 * mail). The message text is never sent unless ticked, and the audit entry records which
 * fields went and to whom, not their values. Forwarding closes the request; a second forward
 * happens only when staff tick 「もう一度送る」 ("already": refused).
 */
export async function forwardContact(db: Kysely<Database>, actor: Actor, id: number, input: ForwardInput) {
  return db.transaction().execute(async (trx): Promise<{ id: number; employerId: number } | "already" | null> => {
    const request = await trx
      .selectFrom("contact_requests")
      .innerJoin("jobs", "jobs.id", "contact_requests.job_id")
      .selectAll("contact_requests")
      .select(["jobs.title as job_title", "jobs.employer_id"])
      .where("contact_requests.id", "=", id)
      .executeTakeFirst();
    if (!request) return null;
    if (request.forwarded_at && !input.resend) return "already";
    const lines: string[] = [];
    if (input.sendName) lines.push(`お名前: ${request.name}`);
    if (input.sendContact) {
      lines.push(`${request.contact_method === "phone" ? "電話" : "メール"}: ${request.contact_value}`);
    }
    if (input.sendPreferredTime && request.preferred_time) lines.push(`連絡してよい時間: ${request.preferred_time}`);
    if (input.sendMessage && request.message) lines.push(`ご本人から: ${request.message}`);
    if (input.note) lines.push("", `市から: ${input.note}`);
    const details = lines.join("\n");
    const now = nowIso();
    const users = await trx
      .selectFrom("users")
      .select("email")
      .where("employer_id", "=", request.employer_id)
      .where("disabled_at", "is", null)
      .execute();
    const recipients = users.map((u) => u.email);
    await trx
      .insertInto("contact_forwards")
      .values({ contact_request_id: id, employer_id: request.employer_id, details, recipients: recipients.join(", "), created_at: now })
      .execute();
    await trx
      .updateTable("contact_requests")
      .set({
        forwarded_at: now,
        status: "handled",
        handled_at: request.handled_at ?? now,
        ...(request.outcome ? {} : { outcome: "forwarded" as const }),
      })
      .where("id", "=", id)
      .execute();
    const addressee = await employerAddressee(trx, request.employer_id);
    for (const email of recipients) await enqueueMail(trx, contactForwardMail(email, request.job_title, details, addressee));
    const sent = Object.entries(input)
      .filter(([key, value]) => key.startsWith("send") && value === true)
      .map(([key]) => key);
    await recordAudit(trx, actor, "contact.forward", { type: "contact_request", id }, {
      employerId: request.employer_id,
      recipients,
      fields: sent.filter((key) => key !== "resend"),
      ...(input.resend ? { resend: true } : {}),
    });
    return { id, employerId: request.employer_id };
  });
}

export async function findContactRequest(db: Kysely<Database>, id: number, now = clockNow()) {
  const request = await db
    .selectFrom("contact_requests")
    .leftJoin("jobs", "jobs.id", "contact_requests.job_id")
    .leftJoin("employers", "employers.id", "jobs.employer_id")
    .selectAll("contact_requests")
    .select(["jobs.title as job_title", "employers.id as employer_id", "employers.name as employer_name"])
    .where("contact_requests.id", "=", id)
    .executeTakeFirst();
  if (!request) return null;
  const forwards = await db
    .selectFrom("contact_forwards")
    .select(["id", "details", "recipients", "created_at"])
    .where("contact_request_id", "=", id)
    .orderBy("id")
    .execute();
  return { request: { ...request, days_left: daysLeft(request.created_at, now) }, forwards };
}

export async function countNewContactRequests(db: Kysely<Database>) {
  const row = await db
    .selectFrom("contact_requests")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "new")
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

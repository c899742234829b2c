import type { Kysely } from "kysely";
import type { Database, EmployerStatus } from "../../db/types";
import { hashPassword } from "~/auth/password.server";
import { invalidateUserSessions } from "~/auth/session.server";
import type { SignupInput } from "~/schemas/auth";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { normalizeEmail } from "./users.server";

export class EmailTakenError extends Error {}

/** An employer asks to join: the company (pending) and its first account, together. */
export async function createEmployerSignup(db: Kysely<Database>, input: SignupInput) {
  const passwordHash = await hashPassword(input.password);
  const email = normalizeEmail(input.email);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    if (taken) throw new EmailTakenError();
    const now = nowIso();
    const employer = await trx
      .insertInto("employers")
      .values({
        name: input.name,
        name_kana: input.nameKana,
        industry: input.industry,
        postal_code: input.postalCode,
        address: input.address,
        ward: input.ward,
        contact_name: input.contactName,
        phone: input.phone,
        website: input.website,
        employee_count: input.employeeCount,
        profile: input.profile,
        message: input.message,
        registration: input.registration,
        registration_confirmed_at: null,
        status: "pending",
        approved_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning(["id", "name"])
      .executeTakeFirstOrThrow();
    const user = await trx
      .insertInto("users")
      .values({
        email,
        password_hash: passwordHash,
        role: "employer",
        employer_id: employer.id,
        display_name: input.contactName,
        created_at: now,
        updated_at: now,
      })
      .returning(["id", "email"])
      .executeTakeFirstOrThrow();
    return { employer, user };
  });
}

export async function findEmployer(db: Kysely<Database>, id: number) {
  return db.selectFrom("employers").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The employer's review status, which decides what its accounts may do. */
export async function findEmployerStatus(db: Kysely<Database>, id: number) {
  const employer = await db.selectFrom("employers").select("status").where("id", "=", id).executeTakeFirstOrThrow();
  return employer.status;
}

/**
 * Staff decide on an employer. Suspending ends the sessions of all its accounts (their
 * postings disappear from public pages, which show approved employers only).
 */
export async function setEmployerStatus(
  db: Kysely<Database>,
  actor: Actor,
  employerId: number,
  status: EmployerStatus,
  reason = "",
) {
  // Callers that already hold a transaction (the review queue adds its mail) run inside it.
  const run = <T>(fn: (trx: Kysely<Database>) => Promise<T>) =>
    db.isTransaction ? fn(db) : db.transaction().execute(fn);
  return run(async (trx) => {
    const now = nowIso();
    const updated = await trx
      .updateTable("employers")
      .set({
        status,
        status_reason: reason,
        // Any decision ends a period of waiting for the employer's corrections.
        sent_back_at: null,
        updated_at: now,
        ...(status === "approved" ? { approved_at: now } : {}),
      })
      .where("id", "=", employerId)
      .returning(["id", "name", "status"])
      .executeTakeFirst();
    if (!updated) return null;
    if (status === "suspended" || status === "rejected") {
      const users = await trx.selectFrom("users").select("id").where("employer_id", "=", employerId).execute();
      for (const u of users) await invalidateUserSessions(trx, u.id);
    }
    await recordAudit(trx, actor, `employer.${status}`, { type: "employer", id: employerId }, { reason });
    return updated;
  });
}

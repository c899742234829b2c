import type { Kysely } from "kysely";
import type { Database, EmployerStatus, Registration } from "../../db/types";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { contains, pageWindow } from "./lists.server";
import { employerAddressee } from "./addressee.server";
import { staffSentResetMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";
import { createPasswordReset } from "./password-reset.server";

export async function listEmployersForStaff(
  db: Kysely<Database>,
  { q, status }: { q?: string; status?: EmployerStatus } = {},
  requestedPage = 1,
) {
  let base = db.selectFrom("employers");
  if (status) base = base.where("employers.status", "=", status);
  const term = q?.trim();
  if (term) {
    base = base.where((eb) =>
      eb.or(
        ["employers.name", "employers.name_kana", "employers.address", "employers.contact_name"].map((column) =>
          contains(column, term),
        ),
      ),
    );
  }
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const window = pageWindow(Number(n), requestedPage);
  const rows = await base
    .select((eb) => [
      "employers.id",
      "employers.name",
      "employers.name_kana",
      "employers.industry",
      "employers.ward",
      "employers.status",
      "employers.registration",
      "employers.created_at",
      eb
        .selectFrom("jobs")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("jobs.employer_id", "=", "employers.id")
        .where("jobs.status", "=", "published")
        .as("published_jobs"),
    ])
    .orderBy("employers.name_kana")
    .orderBy("employers.id")
    .limit(window.size)
    .offset(window.offset)
    .execute();
  return { rows, ...window };
}

export async function findEmployerForStaff(db: Kysely<Database>, id: number) {
  const employer = await db.selectFrom("employers").selectAll().where("id", "=", id).executeTakeFirst();
  if (!employer) return null;
  const [accounts, jobs] = await Promise.all([
    db
      .selectFrom("users")
      .select(["id", "email", "display_name", "disabled_at", "created_at"])
      .where("employer_id", "=", id)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("jobs")
      .select(["id", "title", "status", "end_date"])
      .where("employer_id", "=", id)
      .orderBy("id", "desc")
      .execute(),
  ]);
  return { employer, accounts, jobs };
}

/** Registration with the probation office, as staff confirmed it (with the day, if known). */
export async function setRegistration(
  db: Kysely<Database>,
  actor: Actor,
  employerId: number,
  registration: Registration,
  confirmedOn: string,
) {
  return db.transaction().execute(async (trx) => {
    const confirmedAt = registration === "registered" ? (confirmedOn ? `${confirmedOn}T00:00:00+09:00` : nowIso()) : null;
    const updated = await trx
      .updateTable("employers")
      .set({
        registration,
        registration_confirmed_at: confirmedAt ? new Date(confirmedAt).toISOString() : null,
        updated_at: nowIso(),
      })
      .where("id", "=", employerId)
      .returning("id")
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "employer.registration", { type: "employer", id: employerId }, { registration, confirmedOn });
    return updated;
  });
}

/** Staff send an employer's account a password-reset link (the account's own mailbox). */
export async function sendEmployerPasswordReset(
  db: Kysely<Database>,
  actor: Actor,
  { employerId, userId, origin }: { employerId: number; userId: number; origin: string },
) {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("users")
      .select(["id", "email"])
      .where("id", "=", userId)
      .where("employer_id", "=", employerId)
      .where("role", "=", "employer")
      .where("disabled_at", "is", null)
      .executeTakeFirst();
    if (!user) return null;
    const token = await createPasswordReset(trx, user.id);
    await enqueueMail(trx, staffSentResetMail(user.email, await employerAddressee(trx, employerId), `${origin}/password/reset/${token}`));
    await recordAudit(trx, actor, "user.password_reset_sent", { type: "user", id: user.id }, { employerId });
    return user;
  });
}

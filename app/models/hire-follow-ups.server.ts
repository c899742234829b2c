import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { FollowUpAnswerInput } from "~/schemas/follow-up";
import { addDays, nowIso, tokyoDay } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { monthLabel } from "~/utils/fiscal";
import { FOLLOW_UP_MONTHS, followUpDueOn } from "~/utils/hire-months";
import { recordAudit, type Actor } from "./audit.server";
import { followUpDueMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";

// The checks after a hire (「まだ働いていますか」): one row per check, due on the first day of
// the month 1 to 6, 9 and 12 months after the hire month. Answers are counts and yes/no.

/** Days after its due day that an unanswered check shows to staff as overdue. */
export const OVERDUE_AFTER_DAYS = 14;

export async function planFollowUps(db: Kysely<Database>, hireReportId: number, month: string) {
  await db
    .insertInto("hire_follow_ups")
    .values(FOLLOW_UP_MONTHS.map((m) => ({ hire_report_id: hireReportId, months_after: m, due_on: followUpDueOn(month, m) })))
    .execute();
}

/** After a correction: the checks move with the hire month; no answer may exceed the hires. */
export async function rescheduleFollowUps(db: Kysely<Database>, hireReportId: number, month: string, hires: number) {
  for (const m of FOLLOW_UP_MONTHS) {
    await db
      .updateTable("hire_follow_ups")
      .set({ due_on: followUpDueOn(month, m) })
      .where("hire_report_id", "=", hireReportId)
      .where("months_after", "=", m)
      .execute();
  }
  await db
    .updateTable("hire_follow_ups")
    .set({ still_working: hires })
    .where("hire_report_id", "=", hireReportId)
    .where("still_working", ">", hires)
    .execute();
}

function dueChecks(db: Kysely<Database>, today: string) {
  return db
    .selectFrom("hire_follow_ups as f")
    .innerJoin("hire_reports as h", "h.id", "f.hire_report_id")
    .where("f.due_on", "<=", today)
    .where("f.answered_at", "is", null);
}

/** The employer's checks that are due and not answered yet, oldest first. */
export async function listDueFollowUps(db: Kysely<Database>, employerId: number, today = tokyoDay()) {
  return dueChecks(db, today)
    .leftJoin("jobs", (join) => join.onRef("jobs.id", "=", "h.job_id").on("jobs.employer_id", "=", employerId))
    .select(["f.id", "f.months_after", "f.due_on", "h.id as hire_report_id", "h.month", "h.hires", "jobs.title as job_title"])
    .where("h.employer_id", "=", employerId)
    .orderBy("f.due_on")
    .orderBy("f.id")
    .execute();
}

/** The answers already given for one report, by months after the hire. */
export async function listAnsweredFollowUps(db: Kysely<Database>, employerId: number) {
  return db
    .selectFrom("hire_follow_ups as f")
    .innerJoin("hire_reports as h", "h.id", "f.hire_report_id")
    .select(["f.hire_report_id", "f.months_after", "f.still_working", "h.hires"])
    .where("h.employer_id", "=", employerId)
    .where("f.answered_at", "is not", null)
    .orderBy("f.months_after")
    .execute();
}

/** Saves an answer to one of the employer's own due checks; false when there is no such check. */
export async function answerFollowUp(
  db: Kysely<Database>,
  actor: Actor & { employerId: number },
  input: FollowUpAnswerInput,
  today = tokyoDay(),
): Promise<"saved" | "not_found" | "too_many"> {
  return db.transaction().execute(async (trx) => {
    const check = await trx
      .selectFrom("hire_follow_ups as f")
      .innerJoin("hire_reports as h", "h.id", "f.hire_report_id")
      .select(["f.id", "h.hires"])
      .where("f.id", "=", input.id)
      .where("h.employer_id", "=", actor.employerId)
      .where("f.due_on", "<=", today)
      .executeTakeFirst();
    if (!check) return "not_found";
    if (input.still_working > check.hires) return "too_many";
    await trx
      .updateTable("hire_follow_ups")
      .set({
        answered_at: nowIso(),
        still_working: input.still_working,
        trouble: input.trouble === "yes" ? 1 : 0,
        wants_help: input.wants_help === "yes" ? 1 : 0,
      })
      .where("id", "=", input.id)
      .execute();
    await recordAudit(trx, actor, "hire_follow_up.answer", { type: "hire_follow_up", id: input.id }, {
      still_working: input.still_working,
      trouble: input.trouble,
      wants_help: input.wants_help,
    });
    return "saved";
  });
}

/** One mail for each check that fell due, to each active account of its employer (maintenance). */
export async function remindDueFollowUps(db: Kysely<Database>, today = tokyoDay()): Promise<number> {
  const due = await dueChecks(db, today)
    .select(["f.id", "f.months_after", "h.month", "h.employer_id"])
    .where("f.reminded_at", "is", null)
    .execute();
  for (const check of due) {
    await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("hire_follow_ups")
        .set({ reminded_at: nowIso() })
        .where("id", "=", check.id)
        .where("reminded_at", "is", null)
        .executeTakeFirst();
      // Another worker's maintenance run got there first.
      if (Number(claimed.numUpdatedRows) === 0) return;
      const users = await trx
        .selectFrom("users")
        .select("email")
        .where("employer_id", "=", check.employer_id)
        .where("disabled_at", "is", null)
        .execute();
      for (const { email } of users) {
        await enqueueMail(trx, followUpDueMail(email, check.months_after, monthLabel(check.month), `${env.publicOrigin}/employer#follow-ups`));
      }
    });
  }
  return due.length;
}

/** Checks left unanswered for more than two weeks, for staff to follow up, with the company. */
export async function listOverdueFollowUps(db: Kysely<Database>, today = tokyoDay()) {
  return dueChecks(db, addDays(today, -OVERDUE_AFTER_DAYS - 1))
    .innerJoin("employers as e", "e.id", "h.employer_id")
    .select(["f.id", "f.months_after", "f.due_on", "h.month", "h.hires", "e.id as employer_id", "e.name as employer_name"])
    .orderBy("f.due_on")
    .orderBy("f.id")
    .execute();
}

/** Answers that asked for the city's help or told of trouble, newest first, for staff. */
export async function listHelpRequests(db: Kysely<Database>) {
  return db
    .selectFrom("hire_follow_ups as f")
    .innerJoin("hire_reports as h", "h.id", "f.hire_report_id")
    .innerJoin("employers as e", "e.id", "h.employer_id")
    .select(["f.id", "f.months_after", "f.answered_at", "f.trouble", "f.wants_help", "h.month", "e.id as employer_id", "e.name as employer_name"])
    .where((eb) => eb.or([eb("f.wants_help", "=", 1), eb("f.trouble", "=", 1)]))
    .orderBy("f.answered_at", "desc")
    .limit(50)
    .execute();
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { HireReportInput } from "~/schemas/employer";
import { nowIso } from "~/utils/dates";
import { currentMonth } from "~/utils/hire-months";
import { recordAudit, type Actor } from "./audit.server";
import { planFollowUps, rescheduleFollowUps } from "./hire-follow-ups.server";

// Hire reports feed the city's progress figures and start the checks after a hire. A report
// names the month the hire happened (up to a year back); the employer may correct or withdraw
// it later, and each change is in the audit log with what it was before.

export { currentMonth };

export async function listHireReports(db: Kysely<Database>, employerId: number) {
  return db
    .selectFrom("hire_reports")
    .leftJoin("jobs", (join) =>
      join.onRef("jobs.id", "=", "hire_reports.job_id").on("jobs.employer_id", "=", employerId),
    )
    .select([
      "hire_reports.id",
      "hire_reports.month",
      "hire_reports.hires",
      "hire_reports.note",
      "hire_reports.job_id",
      "jobs.title as job_title",
    ])
    .where("hire_reports.employer_id", "=", employerId)
    .orderBy("hire_reports.month", "desc")
    .orderBy("hire_reports.id", "desc")
    .execute();
}

export type HireOutcome = "saved" | "not_found" | "bad_job";

/** Adds a report with its follow-up plan, or corrects one of the employer's own reports. */
export async function saveHireReport(
  db: Kysely<Database>,
  actor: Actor & { employerId: number },
  input: HireReportInput,
): Promise<HireOutcome> {
  return db.transaction().execute(async (trx) => {
    if (input.job_id !== null) {
      const job = await trx
        .selectFrom("jobs")
        .select("id")
        .where("id", "=", input.job_id)
        .where("employer_id", "=", actor.employerId)
        .executeTakeFirst();
      if (!job) return "bad_job";
    }
    const now = nowIso();
    if (input.id !== null) {
      const before = await trx
        .selectFrom("hire_reports")
        .select(["month", "hires", "job_id"])
        .where("id", "=", input.id)
        .where("employer_id", "=", actor.employerId)
        .executeTakeFirst();
      if (!before) return "not_found";
      await trx
        .updateTable("hire_reports")
        .set({ month: input.month, hires: input.hires, job_id: input.job_id, note: input.note, updated_at: now })
        .where("id", "=", input.id)
        .execute();
      await rescheduleFollowUps(trx, input.id, input.month, input.hires);
      await recordAudit(trx, actor, "hire_report.update", { type: "hire_report", id: input.id }, {
        from: before,
        to: { month: input.month, hires: input.hires, job_id: input.job_id },
      });
      return "saved";
    }
    const row = await trx
      .insertInto("hire_reports")
      .values({
        employer_id: actor.employerId,
        job_id: input.job_id,
        month: input.month,
        hires: input.hires,
        note: input.note,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await planFollowUps(trx, row.id, input.month);
    await recordAudit(trx, actor, "hire_report.create", { type: "hire_report", id: row.id }, { month: input.month, hires: input.hires });
    return "saved";
  });
}

/** Withdraws a report made by mistake; its checks go with it. */
export async function deleteHireReport(db: Kysely<Database>, actor: Actor & { employerId: number }, id: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("hire_reports")
      .select(["month", "hires", "job_id"])
      .where("id", "=", id)
      .where("employer_id", "=", actor.employerId)
      .executeTakeFirst();
    if (!before) return false;
    await trx.deleteFrom("hire_follow_ups").where("hire_report_id", "=", id).execute();
    await trx.deleteFrom("hire_reports").where("id", "=", id).execute();
    await recordAudit(trx, actor, "hire_report.delete", { type: "hire_report", id }, before);
    return true;
  });
}

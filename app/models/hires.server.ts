import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { HireReportInput } from "~/schemas/employer";
import { nowIso, tokyoDay } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";

// Hire reports feed the city's progress figures. Only the current month (Asia/Tokyo) can be
// changed: once a month is over, its figures are what the city counted.

export function currentMonth(today = tokyoDay()) {
  return today.slice(0, 7);
}

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

/** Adds a report for the current month, or changes one of this month's own reports. */
export async function saveHireReport(
  db: Kysely<Database>,
  actor: Actor & { employerId: number },
  input: HireReportInput,
  today = tokyoDay(),
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
    const month = currentMonth(today);
    const now = nowIso();
    if (input.id !== null) {
      const result = await trx
        .updateTable("hire_reports")
        .set({ hires: input.hires, job_id: input.job_id, note: input.note, updated_at: now })
        .where("id", "=", input.id)
        .where("employer_id", "=", actor.employerId)
        .where("month", "=", month)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return "not_found";
      await recordAudit(trx, actor, "hire_report.update", { type: "hire_report", id: input.id });
      return "saved";
    }
    const row = await trx
      .insertInto("hire_reports")
      .values({
        employer_id: actor.employerId,
        job_id: input.job_id,
        month,
        hires: input.hires,
        note: input.note,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, "hire_report.create", { type: "hire_report", id: row.id });
    return "saved";
  });
}

export async function deleteHireReport(
  db: Kysely<Database>,
  actor: Actor & { employerId: number },
  id: number,
  today = tokyoDay(),
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom("hire_reports")
      .where("id", "=", id)
      .where("employer_id", "=", actor.employerId)
      .where("month", "=", currentMonth(today))
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await recordAudit(trx, actor, "hire_report.delete", { type: "hire_report", id });
    return true;
  });
}

import { describe, expect, it } from "vitest";
import { answerFollowUp } from "../../app/models/hire-follow-ups.server";
import { saveHireReport } from "../../app/models/hires.server";
import { loadStatsTable } from "../../app/models/stats-tables.server";
import { retentionFigures, retentionTable } from "../../app/models/stats-retention.server";
import { hireReportSchema } from "../../app/schemas/employer";
import { makeEmployerAccount } from "../factories";
import { testDb } from "../setup/test-db";

describe("retention after a hire", () => {
  it("counts people by the fiscal year of the hire month, and says 'まだ分からない' where the time has not passed", async () => {
    const { db } = testDb();
    const { employer, user } = await makeEmployerAccount(db);
    const actor = { id: user.id, email: user.email, employerId: employer.id };
    const today = "2026-12-02";
    // Hired in November 2026 (fiscal year 2026): 3 people, the 1-month check is due on 1 December.
    await saveHireReport(db, actor, hireReportSchema.parse({ hires: "3", month: "2026-11" }));
    const check = await db.selectFrom("hire_follow_ups").select("id").where("months_after", "=", 1).executeTakeFirstOrThrow();

    const before = retentionTable(await retentionFigures(db, today));
    expect(before.rows[0]).toEqual(["2026年度（令和8年度）", "1か月", 3, 0, 0, "答えなし", 0]);
    expect(before.rows[1]).toEqual(["2026年度（令和8年度）", "3か月", 3, "まだ分からない", "まだ分からない", "まだ分からない", 3]);

    await answerFollowUp(db, actor, { id: check.id, still_working: 2, trouble: "no", wants_help: "no" }, today);
    const after = retentionTable(await retentionFigures(db, today));
    expect(after.rows[0]).toEqual(["2026年度（令和8年度）", "1か月", 3, 3, 2, "66.7%", 0]);
    expect(after.rows.map((r) => r[1])).toEqual(["1か月", "3か月", "6か月", "12か月"]);

    // The CSV holds the same table.
    const csv = await loadStatsTable(db, "retention", 2026, new Date("2026-12-02T03:00:00Z"));
    expect(csv).toEqual(after);
  });
});

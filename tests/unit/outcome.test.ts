import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findOutcomeYear, outcomeGapText, removeOutcomeFigures, saveOutcomeFigures } from "../../app/models/outcome.server";
import { loadStatsTable } from "../../app/models/stats-tables.server";
import { outcomeRemovalSchema, outcomeSchema } from "../../app/schemas/stats";
import { makeStaff } from "../factories";
import { machineTimeFor } from "../support/clock";
import { testDb } from "../setup/test-db";

// The outcome indicator is a figure the city reports to its council: a year that has not
// ended, or one before the plan's baseline, must not get in, and every change is on record.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

const form = (year: string) => ({ year, arrested: "1000", repeatOffenders: "460" });
const yearError = (year: string) => {
  const parsed = outcomeSchema.safeParse(form(year));
  return parsed.success ? null : parsed.error.issues.find((i) => i.path[0] === "year")?.message;
};

describe("outcome years", () => {
  it("accepts the baseline year through the last year that has ended, in Tokyo", () => {
    vi.setSystemTime(machineTimeFor("2026-12-31T14:59:59.000Z")); // 23:59:59 on 31 December in Tokyo
    expect(yearError("2031")).toBe("2031年の数字はまだ出ていません。2025年までの、終わった年を入力してください");
    expect(yearError("2026")).toBe("2026年の数字はまだ出ていません。2025年までの、終わった年を入力してください");
    expect(yearError("2018")).toBe("計画の基準の2019年より前の年は入力できません");
    expect(yearError("1999")).toBe("計画の基準の2019年より前の年は入力できません");
    expect(yearError("2025")).toBeNull();
    expect(yearError("2019")).toBeNull();
    expect(outcomeSchema.parse(form("２０２５"))).toEqual({ year: 2025, arrested: 1000, repeatOffenders: 460, reason: "" });

    vi.setSystemTime(machineTimeFor("2026-12-31T15:00:00.000Z")); // 1 January 2027 in Tokyo
    expect(yearError("2026")).toBeNull();
    expect(yearError("2027")).toBe("2027年の数字はまだ出ていません。2026年までの、終わった年を入力してください");
  });

  it("a removal needs a reason", () => {
    expect(outcomeRemovalSchema.safeParse({ reason: " " }).error?.issues[0].message).toBe("削除する理由を入力してください");
    expect(outcomeRemovalSchema.parse({ reason: "年を間違えたため" })).toEqual({ reason: "年を間違えたため" });
  });
});

describe("correcting and removing a year", () => {
  it("refuses a correction without a reason and audits one with its reason and the figures before", async () => {
    vi.setSystemTime(machineTimeFor("2026-12-02T03:00:00.000Z"));
    const { db } = testDb();
    const staff = await makeStaff(db);
    expect(await saveOutcomeFigures(db, staff, { year: 2024, arrested: 1012, repeatOffenders: 530 })).toBe("saved");
    expect(await saveOutcomeFigures(db, staff, { year: 2024, arrested: 1012, repeatOffenders: 503 })).toBe("reason-required");
    expect(await findOutcomeYear(db, 2024)).toMatchObject({ repeat_offenders: 530 });

    expect(await saveOutcomeFigures(db, staff, { year: 2024, arrested: 1012, repeatOffenders: 503, reason: "県警察の確定値" })).toBe(
      "corrected",
    );
    expect(await findOutcomeYear(db, 2024)).toMatchObject({ arrested: 1012, repeat_offenders: 503 });
    const entries = await db.selectFrom("audit_log").selectAll().where("entity_type", "=", "outcome_figures").orderBy("id").execute();
    expect(entries.map((e) => [e.action, e.entity_id, e.actor_user_id])).toEqual([
      ["outcome.save", "2024", staff.id],
      ["outcome.correct", "2024", staff.id],
    ]);
    expect(JSON.parse(entries[1].detail)).toEqual({
      arrested: 1012,
      repeatOffenders: 503,
      before: { arrested: 1012, repeatOffenders: 530 },
      reason: "県警察の確定値",
    });
  });

  it("removes a year with its reason on record; a year never entered is not found", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    await saveOutcomeFigures(db, staff, { year: 2023, arrested: 990, repeatOffenders: 488 });
    expect(await removeOutcomeFigures(db, staff, 2023, "2022年の数字を入れてしまったため")).toBe(true);
    expect(await findOutcomeYear(db, 2023)).toBeUndefined();
    expect(await removeOutcomeFigures(db, staff, 2023, "もう一度")).toBe(false);
    const last = await db.selectFrom("audit_log").selectAll().orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: "outcome.remove", entity_type: "outcome_figures", entity_id: "2023", actor_user_id: staff.id });
    expect(JSON.parse(last.detail)).toEqual({ before: { arrested: 990, repeatOffenders: 488 }, reason: "2022年の数字を入れてしまったため" });
  });
});

describe("the gap to the target (at most 450), in words", () => {
  it("says how many are still to go above the target, and by how much it is beaten below", () => {
    expect(outcomeGapText(464)).toBe("目標まであと14人");
    expect(outcomeGapText(440)).toBe("目標を10人下回っています（達成）");
    expect(outcomeGapText(450)).toBe("目標と同じ人数です（達成）");
    expect(outcomeGapText(1564)).toBe("目標まであと1,114人");
  });

  it("is what the table and its CSV show", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    await saveOutcomeFigures(db, staff, { year: 2019, arrested: 1107, repeatOffenders: 564 });
    await saveOutcomeFigures(db, staff, { year: 2025, arrested: 900, repeatOffenders: 440 });
    const table = await loadStatsTable(db, "outcome", 2025);
    expect(table?.rows).toEqual([
      ["2019年", 1107, 564, 50.9, "目標まであと114人"],
      ["2025年", 900, 440, 48.9, "目標を10人下回っています（達成）"],
    ]);
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SUPPORT_FIGURES } from "../../db/support-figures";
import { SupportResultView } from "../../app/components/support-result";
import { getSupportFigures, saveSupportFigures } from "../../app/models/support-figures.server";
import { parseSupportQuestions, supportFiguresSchema } from "../../app/schemas/support";
import { checkSupport, type Amounts, type SupportAnswers } from "../../app/utils/support-rules";
import { makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

const AMOUNTS = Object.fromEntries(Object.entries(SUPPORT_FIGURES).map(([k, v]) => [k, v.yen])) as Amounts;

/** Hired at the probation office's request, every condition of the full amount met. */
const FULL: SupportAnswers = {
  probationRequest: "yes",
  parole: "yes",
  arrangedInside: "yes",
  startSoon: "yes",
  fullHours: "yes",
  yearOrLonger: "yes",
  underTwenty: "no",
  hasGuarantor: "yes",
  helloWork: "yes",
  labourInsurance: "yes",
};

describe("support rules (amounts from the schemes' published terms)", () => {
  it("gives the full ¥720,000: ¥80,000 a month for 6 months, then ¥120,000 twice, every 3 months", () => {
    const { incentive } = checkSupport(FULL, AMOUNTS);
    expect(incentive).toMatchObject({ applies: true, full: true, maxYen: 720_000, missing: [] });
    expect(incentive.payments).toEqual([
      { when: "1か月目", yen: 80_000 },
      { when: "2か月目", yen: 80_000 },
      { when: "3か月目", yen: 80_000 },
      { when: "4か月目", yen: 80_000 },
      { when: "5か月目", yen: 80_000 },
      { when: "6か月目", yen: 80_000 },
      { when: "9か月目", yen: 120_000 },
      { when: "12か月目", yen: 120_000 },
    ]);
    expect(incentive.payments.reduce((s, p) => s + p.yen, 0)).toBe(incentive.maxYen);
  });

  it("gives up to ¥420,000 when a condition of the full amount is not met, and names it", () => {
    for (const missing of ["parole", "arrangedInside", "startSoon", "fullHours", "yearOrLonger"] as const) {
      const { incentive } = checkSupport({ ...FULL, [missing]: "no" }, AMOUNTS);
      expect(incentive).toMatchObject({ applies: true, full: false, maxYen: 420_000, missing: [missing], payments: [] });
    }
    expect(checkSupport({ ...FULL, fullHours: "unknown" }, AMOUNTS).incentive.maxYen).toBe(420_000);
  });

  it("adds ¥10,000 a month for a worker under 20", () => {
    expect(checkSupport({ ...FULL, underTwenty: "yes" }, AMOUNTS).incentive.underTwentyMonthlyYen).toBe(10_000);
    expect(checkSupport(FULL, AMOUNTS).incentive.underTwentyMonthlyYen).toBeNull();
    expect(checkSupport({ ...FULL, probationRequest: "no", underTwenty: "yes" }, AMOUNTS).incentive.underTwentyMonthlyYen).toBeNull();
  });

  it("pays no incentive without the probation office's request or without labour insurance", () => {
    expect(checkSupport({ ...FULL, probationRequest: "no" }, AMOUNTS).incentive).toMatchObject({ applies: false, maxYen: 0 });
    expect(checkSupport({ ...FULL, labourInsurance: "no" }, AMOUNTS).incentive).toMatchObject({ applies: false, maxYen: 0 });
  });

  it("excludes trial employment when the incentive applies, and allows it otherwise through Hello Work", () => {
    const withIncentive = checkSupport(FULL, AMOUNTS).trial;
    expect(withIncentive).toMatchObject({ applies: false, excludedByIncentive: true, maxYen: 0 });
    expect(withIncentive.reasons).toContain("就労奨励金とトライアル雇用助成金は、いっしょに受けられません。");
    const trial = checkSupport({ ...FULL, probationRequest: "no" }, AMOUNTS).trial;
    expect(trial).toMatchObject({ applies: true, excludedByIncentive: false, monthlyYen: 40_000, months: 3, maxYen: 120_000 });
    expect(checkSupport({ ...FULL, probationRequest: "no", helloWork: "no" }, AMOUNTS).trial.applies).toBe(false);
  });

  it("covers up to ¥2,000,000 for one year with no personal guarantor", () => {
    expect(checkSupport({ ...FULL, hasGuarantor: "no" }, AMOUNTS).guarantee).toMatchObject({ applies: true, maxYen: 2_000_000, months: 12 });
    expect(checkSupport(FULL, AMOUNTS).guarantee).toMatchObject({ applies: false, maxYen: 0 });
    expect(checkSupport({ ...FULL, hasGuarantor: "unknown" }, AMOUNTS).guarantee.applies).toBe(false);
  });

  it("reads the answers from the URL, anything odd as 'unknown', and nothing before the form is sent", () => {
    expect(parseSupportQuestions(new URLSearchParams(""))).toBeNull();
    const answers = parseSupportQuestions(new URLSearchParams("probationRequest=yes&parole=maybe"));
    expect(answers).toMatchObject({ probationRequest: "yes", parole: "unknown", helloWork: "unknown" });
  });
});

describe("support amounts kept by staff", () => {
  it("shows a staff change of an amount on the page and writes it to the audit log", async () => {
    const { db } = testDb();
    const staff = await makeStaff(db);
    const before = await getSupportFigures(db);
    expect(before.amounts).toEqual(AMOUNTS);
    const input = supportFiguresSchema.parse({
      ...Object.fromEntries(Object.entries(AMOUNTS).map(([k, v]) => [k, String(v)])),
      asOf: "2027-04-01",
      guaranteeMax: "２５０００００",
    });
    await saveSupportFigures(db, { id: staff.id, email: staff.email }, input);

    const after = await getSupportFigures(db);
    expect(after).toEqual({ asOf: "2027-04-01", amounts: { ...AMOUNTS, guaranteeMax: 2_500_000 } });
    const html = renderToStaticMarkup(
      createElement(SupportResultView, { result: checkSupport({ ...FULL, hasGuarantor: "no" }, after.amounts), asOf: after.asOf }),
    );
    expect(html).toContain("最大2,500,000円");
    expect(html).not.toContain("2,000,000円");

    const audit = await db.selectFrom("audit_log").selectAll().where("action", "=", "support_figures.update").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_email: staff.email, entity_type: "setting", entity_id: "support" });
    expect(JSON.parse(audit[0].detail)).toEqual({
      asOf: { from: before.asOf, to: "2027-04-01" },
      guaranteeMax: { from: 2_000_000, to: 2_500_000 },
    });

    // Saving the same figures again changes nothing and writes nothing.
    await saveSupportFigures(db, { id: staff.id, email: staff.email }, input);
    expect(await db.selectFrom("audit_log").select("id").where("action", "=", "support_figures.update").execute()).toHaveLength(1);
  });

  it("refuses an amount that is not a whole number of yen, with a Japanese message", () => {
    const result = supportFiguresSchema.safeParse({ ...Object.fromEntries(Object.entries(AMOUNTS).map(([k, v]) => [k, String(v)])), asOf: "2027-04-01", trialMonthly: "4万" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["trialMonthly"], message: expect.stringMatching(/トライアル雇用助成金/) });
  });
});

import {
  CONTINUING_EVERY_MONTHS,
  CONTINUING_TIMES,
  GUARANTEE_MONTHS,
  MIN_WEEKLY_HOURS_FULL,
  SETTLING_MONTHS,
  TRIAL_MONTHS,
  type SupportFigureKey,
} from "../../db/support-figures";

// Which public support an employer can expect for one hire, from a few plain answers.
// Pure: the amounts come in as an argument (staff may change them), nothing is read here.

export type Answer = "yes" | "no" | "unknown";

export type SupportAnswers = {
  /** Hired at the probation office's request. */
  probationRequest: Answer;
  /** On parole or under urgent rehabilitation protection. */
  parole: Answer;
  /** The job was arranged while the person was still inside. */
  arrangedInside: Answer;
  /** Work starts within about a month of release. */
  startSoon: Answer;
  /** Normally 30 hours a week or more. */
  fullHours: Answer;
  /** At least a year of expected employment. */
  yearOrLonger: Answer;
  underTwenty: Answer;
  /** The person has a personal guarantor. */
  hasGuarantor: Answer;
  /** The job is registered at Hello Work and the hire made through its referral. */
  helloWork: Answer;
  /** The employer is in labour insurance. */
  labourInsurance: Answer;
};

export type Amounts = Record<SupportFigureKey, number>;

export type Payment = { when: string; yen: number };

export type SchemeResult =
  | {
      scheme: "incentive";
      applies: boolean;
      full: boolean;
      maxYen: number;
      /** Paid over time; empty when the breakdown of the reduced case is not known here. */
      payments: Payment[];
      underTwentyMonthlyYen: number | null;
      /** Conditions of the full case not met (or not known). */
      missing: Array<keyof SupportAnswers>;
      reasons: string[];
    }
  | { scheme: "guarantee"; applies: boolean; maxYen: number; months: number; reasons: string[] }
  | { scheme: "trial"; applies: boolean; monthlyYen: number; months: number; maxYen: number; excludedByIncentive: boolean; reasons: string[] };

const FULL_CONDITIONS: Array<keyof SupportAnswers> = ["parole", "arrangedInside", "startSoon", "fullHours", "yearOrLonger"];

export function checkIncentive(a: SupportAnswers, amounts: Amounts): Extract<SchemeResult, { scheme: "incentive" }> {
  const applies = a.probationRequest === "yes" && a.labourInsurance !== "no";
  const missing = FULL_CONDITIONS.filter((k) => a[k] !== "yes");
  const full = applies && missing.length === 0;
  const reasons: string[] = [];
  if (a.probationRequest !== "yes") reasons.push("保護観察所の依頼で雇う場合だけが対象です。");
  if (a.labourInsurance === "no") reasons.push("労働保険に入っている必要があります。");
  const payments: Payment[] = full
    ? [
        ...Array.from({ length: SETTLING_MONTHS }, (_, i) => ({ when: `${i + 1}か月目`, yen: amounts.settlingMonthly })),
        ...Array.from({ length: CONTINUING_TIMES }, (_, i) => ({
          when: `${SETTLING_MONTHS + (i + 1) * CONTINUING_EVERY_MONTHS}か月目`,
          yen: amounts.continuingEach,
        })),
      ]
    : [];
  return {
    scheme: "incentive",
    applies,
    full,
    maxYen: applies ? (full ? amounts.incentiveFull : amounts.incentiveReduced) : 0,
    payments: applies ? payments : [],
    underTwentyMonthlyYen: applies && a.underTwenty === "yes" ? amounts.underTwentyMonthly : null,
    missing: applies ? missing : [],
    reasons,
  };
}

export function checkGuarantee(a: SupportAnswers, amounts: Amounts): Extract<SchemeResult, { scheme: "guarantee" }> {
  const applies = a.hasGuarantor === "no";
  return {
    scheme: "guarantee",
    applies,
    maxYen: applies ? amounts.guaranteeMax : 0,
    months: GUARANTEE_MONTHS,
    reasons: applies ? [] : ["身元保証人がいない人を雇う場合が対象です。"],
  };
}

export function checkTrial(a: SupportAnswers, amounts: Amounts, incentiveApplies: boolean): Extract<SchemeResult, { scheme: "trial" }> {
  const reasons: string[] = [];
  if (incentiveApplies) reasons.push("就労奨励金とトライアル雇用助成金は、いっしょに受けられません。");
  if (a.helloWork !== "yes") reasons.push("ハローワークに求人を出し、ハローワークの紹介で雇う場合が対象です。");
  const applies = !incentiveApplies && a.helloWork === "yes";
  return {
    scheme: "trial",
    applies,
    monthlyYen: amounts.trialMonthly,
    months: TRIAL_MONTHS,
    maxYen: applies ? amounts.trialMonthly * TRIAL_MONTHS : 0,
    excludedByIncentive: incentiveApplies,
    reasons,
  };
}

/** Every scheme, with the one that cannot be combined already excluded. */
export function checkSupport(a: SupportAnswers, amounts: Amounts) {
  const incentive = checkIncentive(a, amounts);
  return {
    incentive,
    guarantee: checkGuarantee(a, amounts),
    trial: checkTrial(a, amounts, incentive.applies),
    minWeeklyHours: MIN_WEEKLY_HOURS_FULL,
  };
}

export type SupportResult = ReturnType<typeof checkSupport>;

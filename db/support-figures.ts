// The amounts of the public support for employers, as the support checker
// (/for-employers/support) uses them until staff store newer ones (/staff/support).
// Checked against the national schemes' published terms; each figure names its source.
// Plain data, no imports: the app reads it through app/models/support-figures.server.ts.

export const SUPPORT_FIGURES_AS_OF = "2026-12-01";

export const SUPPORT_FIGURES = {
  /** 就労・職場定着奨励金: up to this much a month, for SETTLING_MONTHS months (full case). */
  settlingMonthly: { yen: 80_000, label: "就労・職場定着奨励金（1か月あたりの上限）", source: "法務省「刑務所出所者等就労奨励金」" },
  /** 就労継続奨励金: up to this much each time, twice, every 3 months (full case). */
  continuingEach: { yen: 120_000, label: "就労継続奨励金（1回あたりの上限）", source: "法務省「刑務所出所者等就労奨励金」" },
  /** The whole incentive over one year when every condition of the full case is met. */
  incentiveFull: { yen: 720_000, label: "就労奨励金の合計（すべての条件を満たすときの上限）", source: "法務省「刑務所出所者等就労奨励金」" },
  /** The whole incentive over one year otherwise. */
  incentiveReduced: { yen: 420_000, label: "就労奨励金の合計（それ以外のときの上限）", source: "法務省「刑務所出所者等就労奨励金」" },
  /** Added each month for a worker under 20. */
  underTwentyMonthly: { yen: 10_000, label: "20歳未満の人を雇うときの加算（1か月あたり）", source: "法務省「刑務所出所者等就労奨励金」" },
  /** 身元保証制度: the employer's losses covered, up to this much, for one year from hiring. */
  guaranteeMax: { yen: 2_000_000, label: "身元保証制度（見舞金の上限）", source: "法務省「身元保証制度」" },
  /** トライアル雇用助成金: up to this much a month, for up to TRIAL_MONTHS months. */
  trialMonthly: { yen: 40_000, label: "トライアル雇用助成金（1か月あたりの上限）", source: "厚生労働省「トライアル雇用助成金」" },
} as const;

export type SupportFigureKey = keyof typeof SUPPORT_FIGURES;

/** Periods fixed by the schemes' rules (not amounts, so not changed from the staff page). */
export const SETTLING_MONTHS = 6;
export const CONTINUING_TIMES = 2;
export const CONTINUING_EVERY_MONTHS = 3;
export const GUARANTEE_MONTHS = 12;
export const TRIAL_MONTHS = 3;
export const MIN_WEEKLY_HOURS_FULL = 30;

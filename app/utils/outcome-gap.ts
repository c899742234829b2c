import { OUTCOME_TARGET } from "~/schemas/stats";

/**
 * The distance to the target in words. The target is at most OUTCOME_TARGET repeat
 * offenders, so fewer is better: above it we say how many are still to go.
 */
export function outcomeGapText(repeatOffenders: number, target = OUTCOME_TARGET): string {
  const gap = repeatOffenders - target;
  if (gap > 0) return `目標まであと${gap.toLocaleString("ja-JP")}人`;
  if (gap < 0) return `目標を${(-gap).toLocaleString("ja-JP")}人下回っています（達成）`;
  return "目標と同じ人数です（達成）";
}

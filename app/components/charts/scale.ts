// Shared arithmetic for the SVG charts: a "nice" top of the axis and its ticks.

export const PALETTE = ["#1d5a3a", "#0b4f8a", "#8a4b00", "#6b2c7a"];

/** A whole-number step of 1, 2 or 5 × 10^n giving about four gridlines up to the largest value. */
function niceStep(max: number): number {
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) {
    if (m * power >= rough) return Math.max(1, m * power);
  }
  return 10 * power;
}

/** The top of the axis: the largest value rounded up to a whole step (at least 1). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const step = niceStep(max);
  return Math.ceil(max / step) * step;
}

/** Whole-number ticks from 0 to the top. */
export function ticks(top: number): number[] {
  const step = niceStep(top);
  const out: number[] = [];
  for (let v = 0; v <= top; v += step) out.push(v);
  return out;
}

export function formatNumber(value: number | null): string {
  return value === null ? "—" : value.toLocaleString("ja-JP");
}

// Shared arithmetic for the SVG charts: a "nice" top of the axis and its ticks.

export const PALETTE = ["#1d5a3a", "#0b4f8a", "#8a4b00", "#6b2c7a"];

/** The smallest of 1, 2, 2.5, 5 × 10^n at or above the largest value (at least 1). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= max) return step * power;
  }
  return 10 * power;
}

/** Whole-number ticks from 0 to top, about four of them. */
export function ticks(top: number): number[] {
  const step = top <= 4 ? 1 : top / 4;
  const out: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
  return out;
}

export function formatNumber(value: number | null): string {
  return value === null ? "—" : value.toLocaleString("ja-JP");
}

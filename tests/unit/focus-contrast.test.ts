import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

// WCAG 2.2 (1.4.11 non-text contrast, 2.4.13 focus appearance): the focus ring must stand
// out at least 3:1 from what is around it. The page is white, the footer soft grey-green,
// the header the accent green; the ring is read from the stylesheets as the browser gets them.

const base = readFileSync("app/styles/app-base.css", "utf8");
const layout = readFileSync("app/styles/app-layout.css", "utf8");

function variable(name: string): string {
  const found = base.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})\\b`));
  if (!found) throw new Error(`--${name} is not a #rrggbb colour in app-base.css`);
  return found[1];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("the focus ring", () => {
  test("the contrast formula gives the known values", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    // The amber ring of before on white: the faint one people could not see.
    expect(contrast("#ffbf00", "#ffffff")).toBeLessThan(2);
  });

  test("is at least 3:1 against the white page and the footer", () => {
    const ring = variable("focus");
    expect(contrast(ring, variable("paper"))).toBeGreaterThanOrEqual(3);
    expect(contrast(ring, variable("soft"))).toBeGreaterThanOrEqual(3);
  });

  test("is at least 3:1 against the header colour, where the header draws it", () => {
    expect(layout).toMatch(/\.site-header\s*\{[^}]*background:\s*var\(--accent\)/);
    expect(base).toMatch(/\.site-header :focus-visible\s*\{[^}]*outline-color:\s*var\(--focus-on-dark\)/);
    expect(contrast(variable("focus-on-dark"), variable("accent"))).toBeGreaterThanOrEqual(3);
  });

  test("is drawn on every focused control, three pixels wide", () => {
    expect(base).toMatch(/:focus-visible\s*\{\s*outline:\s*3px solid var\(--focus\)/);
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "../../app/components/charts/bar-chart";
import { labelWidth, visibleLabels } from "../../app/components/charts/cues";
import { LineChart } from "../../app/components/charts/line-chart";
import { monthlyTable } from "../../app/models/stats-tables.server";
import type { MonthFigures } from "../../app/models/stats.server";
import { fiscalMonths } from "../../app/utils/fiscal";

// WCAG 1.4.1: a series must be told apart without its colour. Each series carries a cue
// (a fill pattern for bars, a marker shape and a dash for lines) and the legend shows the
// same cue; these tests read the markup, as a person without colour vision reads the picture.

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;
const tags = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[0]);

describe("series without colour", () => {
  it("bars: each series has its own fill pattern, and its legend swatch uses the same one", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        title: "求人",
        categories: ["4月", "5月"],
        series: [
          { label: "公開した求人", values: [3, 4] },
          { label: "充足した求人", values: [1, 2] },
          { label: "三つ目", values: [2, 2] },
        ],
      }),
    );
    const patterns = tags(html, /<pattern [^>]*>/g);
    expect(new Set(patterns.map((p) => attr(p, "data-cue"))).size).toBe(3);
    const bars = tags(html, /<rect [^>]*data-cue="[^"]*"[^>]*>/g);
    expect(bars).toHaveLength(6);
    const fillBySeries = new Map<string, Set<string>>();
    for (const bar of bars) {
      const fill = attr(bar, "fill")!;
      expect(fill).toMatch(/^url\(#[A-Za-z0-9_-]+\)$/);
      const id = fill.slice(5, -1);
      expect(patterns.some((p) => attr(p, "id") === id)).toBe(true);
      fillBySeries.set(attr(bar, "data-cue")!, (fillBySeries.get(attr(bar, "data-cue")!) ?? new Set()).add(fill));
    }
    expect([...fillBySeries.values()].map((s) => s.size)).toEqual([1, 1, 1]);
    expect(new Set([...fillBySeries.values()].map((s) => [...s][0])).size).toBe(3);
    // The legend: each label beside a swatch filled with that series' pattern.
    const legend = html.slice(html.indexOf('<ul class="chart-legend">'));
    for (const [k, label] of ["公開した求人", "充足した求人", "三つ目"].entries()) {
      const item = legend.split("<li").find((li) => li.includes(label))!;
      expect(attr(item.match(/<rect [^>]*>/)![0], "fill")).toBe(attr(bars[k], "fill"));
    }
  });

  it("lines: each series has its own marker shape and dash, shown in the legend, and a label at its end", () => {
    const html = renderToStaticMarkup(
      createElement(LineChart, {
        title: "件数",
        categories: ["2019年", "2020年", "2021年"],
        series: [
          { label: "受付", values: [5, 6, 7] },
          { label: "対応", values: [4, null, 6] },
        ],
        references: [{ label: "目標", value: 8 }],
      }),
    );
    const picture = html.slice(0, html.indexOf("</svg>"));
    const groups = picture.split(/<g data-cue=/).slice(1);
    expect(groups).toHaveLength(2);
    const shapes = groups.map((g) => new Set(tags(g, /data-marker="[a-z]+"/g)));
    expect(shapes.map((s) => s.size)).toEqual([1, 1]);
    expect([...shapes[0]][0]).not.toBe([...shapes[1]][0]);
    const dashes = groups.map((g) => attr(g.match(/<path [^>]*fill="none"[^>]*>/)![0], "stroke-dasharray"));
    expect(dashes[0]).not.toBe(dashes[1]);
    expect(groups[0]).toContain(">受付</text>");
    expect(groups[1]).toContain(">対応</text>");
    const legend = html.slice(html.indexOf('<ul class="chart-legend">'));
    expect(legend.split("<li").find((li) => li.includes("受付"))).toContain([...shapes[0]][0]);
    expect(legend.split("<li").find((li) => li.includes("対応"))).toContain([...shapes[1]][0]);
  });
});

describe("axis labels at any number of years", () => {
  function drawnLabels(html: string) {
    return tags(html, /<text [^>]*font-size="15"[^>]*text-anchor="middle"[^>]*>[^<]*<\/text>|<text [^>]*text-anchor="middle"[^>]*font-size="15"[^>]*>[^<]*<\/text>/g).map(
      (t) => ({ x: Number(attr(t, "x")), label: t.replace(/<[^>]+>/g, "") }),
    );
  }

  it.each([2, 8, 20, 45])("%i years on a line chart: no two labels overlap, first and last are drawn", (n) => {
    const categories = Array.from({ length: n }, (_, i) => `${2019 + i}年`);
    const html = renderToStaticMarkup(
      createElement(LineChart, { title: "再犯者", categories, series: [{ label: "再犯者", values: categories.map(() => 500) }] }),
    );
    const drawn = drawnLabels(html);
    expect(drawn[0].label).toBe(categories[0]);
    expect(drawn[drawn.length - 1].label).toBe(categories[n - 1]);
    for (let i = 1; i < drawn.length; i++) {
      const room = drawn[i].x - drawn[i - 1].x;
      expect(room).toBeGreaterThanOrEqual((labelWidth(drawn[i].label, 15) + labelWidth(drawn[i - 1].label, 15)) / 2);
    }
    if (n <= 8) expect(drawn).toHaveLength(n);
  });

  it("twelve months fit on a bar chart without thinning", () => {
    const months = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"];
    expect(visibleLabels(months, 424 / 12, 15).every(Boolean)).toBe(true);
  });
});

describe("month-end counts in a monthly table", () => {
  const month = (m: string, stock: number | null): MonthFigures => ({
    month: m as MonthFigures["month"],
    jobsPublished: 1,
    jobsOpen: stock,
    jobsFilled: 0,
    employersNew: 0,
    employersTotal: stock,
    eventsHeld: 0,
    seekers: 0,
    attendingEmployers: 0,
    interviews: 0,
    contactsReceived: 0,
    contactsHandled: 0,
    hires: 0,
    issuesPublished: 0,
    copies: 0,
  });

  it("are not added into 年度計: their own row says which value it is", () => {
    const done = fiscalMonths(2025).map((m, i) => month(m, 10 + i));
    expect(monthlyTable("jobs", 2025, done).footer).toEqual([
      ["年度計", 12, null, 0, 0, null],
      ["年度末の値", null, 21, null, null, 21],
    ]);
    const running = fiscalMonths(2026).map((m, i) => month(m, i < 9 ? 30 + i : null));
    expect(monthlyTable("jobs", 2026, running).footer?.[1]).toEqual(["最新の値（2026年12月）", null, 38, null, null, 38]);
    expect(monthlyTable("events", 2025, done).footer).toHaveLength(1);
  });
});

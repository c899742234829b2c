import { useId } from "react";
import { Marker, PatternDefs, colorOf, cueOf, patternId, safeId, visibleLabels } from "./cues";
import { formatNumber, niceMax, ticks } from "./scale";

// A grouped bar chart drawn on the server as SVG: presentation attributes only (the
// Content-Security-Policy allows no inline styles), a title and a description for screen
// readers, and the same numbers in a table next to it.

export type Series = { label: string; values: Array<number | null> };

const W = 480;
const H = 280;
const M = { top: 16, right: 8, bottom: 40, left: 48 };

export function BarChart({
  title,
  categories,
  series,
  unit = "",
}: {
  title: string;
  categories: string[];
  series: Series[];
  unit?: string;
}) {
  const id = useId();
  const fills = safeId(id);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const groupW = plotW / Math.max(1, categories.length);
  const barW = (groupW * 0.8) / Math.max(1, series.length);
  const shown = visibleLabels(categories, groupW, 15);
  const summary = series
    .map((s) => `${s.label}: ${s.values.map((v, i) => `${categories[i]} ${v === null ? "記録なし" : `${formatNumber(v)}${unit}`}`).join("、")}`)
    .join("。");

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="chart-svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <PatternDefs prefix={fills} count={series.length} />
        <rect x="0" y="0" width={W} height={H} fill="#ffffff" />
        {ticks(max).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#c9d2cc" strokeWidth="1" />
            <text x={M.left - 6} y={y(t) + 5} textAnchor="end" fontSize="15" fill="#1a1a1a">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {categories.map((c, i) => (
          <g key={c}>
            {series.map((s, k) => {
              const v = s.values[i] ?? 0;
              return (
                <rect
                  key={s.label}
                  x={M.left + i * groupW + groupW * 0.1 + k * barW}
                  y={y(v)}
                  width={Math.max(1, barW - 1)}
                  height={M.top + plotH - y(v)}
                  fill={`url(#${patternId(fills, k)})`}
                  stroke={colorOf(k)}
                  strokeWidth="1"
                  data-cue={cueOf(k).name}
                />
              );
            })}
            {shown[i] ? (
              <text x={M.left + i * groupW + groupW / 2} y={H - M.bottom + 20} textAnchor="middle" fontSize="15" fill="#1a1a1a">
                {c}
              </text>
            ) : null}
          </g>
        ))}
        <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="#1a1a1a" strokeWidth="1.5" />
      </svg>
      <figcaption>
        <span className="chart-title">{title}</span>
        <Legend labels={series.map((s) => s.label)} fills={fills} />
      </figcaption>
    </figure>
  );
}

/**
 * The key under a chart. With `fills` (a bar chart's pattern prefix) each swatch shows the
 * series' fill pattern; otherwise (a line chart) its line dash and marker shape.
 */
export function Legend({ labels, dashed = [], fills }: { labels: string[]; dashed?: string[]; fills?: string }) {
  return (
    <ul className="chart-legend">
      {labels.map((label, k) => (
        <li key={label} data-cue={cueOf(k).name}>
          {fills ? (
            <svg width="22" height="16" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="20" height="14" fill={`url(#${patternId(fills, k)})`} stroke={colorOf(k)} strokeWidth="1.5" />
            </svg>
          ) : (
            <svg width="34" height="16" aria-hidden="true" focusable="false">
              <line x1="0" x2="34" y1="8" y2="8" stroke={colorOf(k)} strokeWidth="3" strokeDasharray={cueOf(k).dash || undefined} />
              <Marker k={k} x={17} y={8} size={5} />
            </svg>
          )}
          {label}
        </li>
      ))}
      {dashed.map((label) => (
        <li key={label}>
          <svg width="24" height="14" aria-hidden="true" focusable="false">
            <line x1="0" x2="24" y1="7" y2="7" stroke="#a11212" strokeWidth="3" strokeDasharray="5 3" />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

import { useId } from "react";
import { Legend, type Series } from "./bar-chart";
import { Marker, colorOf, cueOf, visibleLabels } from "./cues";
import { formatNumber, niceMax, ticks } from "./scale";

// A line chart drawn on the server as SVG, with dashed reference lines (a target, a
// baseline). Points with no value leave a gap in the line.

export type Reference = { label: string; value: number };

const W = 480;
const H = 300;
const M = { top: 20, right: 32, bottom: 40, left: 56 };

export function LineChart({
  title,
  categories,
  series,
  references = [],
  unit = "",
}: {
  title: string;
  categories: string[];
  series: Series[];
  references?: Reference[];
  unit?: string;
}) {
  const id = useId();
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const max = niceMax(
    Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)), ...references.map((r) => r.value)),
  );
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const step = categories.length > 1 ? plotW / (categories.length - 1) : 0;
  const x = (i: number) => M.left + (categories.length > 1 ? i * step : plotW / 2);
  const shown = visibleLabels(categories, step || plotW, 15);
  const summary = [
    ...series.map((s) => `${s.label}: ${s.values.map((v, i) => `${categories[i]} ${v === null ? "記録なし" : `${formatNumber(v)}${unit}`}`).join("、")}`),
    ...references.map((r) => `${r.label}: ${formatNumber(r.value)}${unit}`),
  ].join("。");

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <rect x="0" y="0" width={W} height={H} fill="#ffffff" />
        {ticks(max).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#c9d2cc" strokeWidth="1" />
            <text x={M.left - 6} y={y(t) + 5} textAnchor="end" fontSize="15" fill="#1a1a1a">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {categories.map((c, i) =>
          shown[i] ? (
            <text key={c} x={x(i)} y={H - M.bottom + 22} textAnchor="middle" fontSize="15" fill="#1a1a1a">
              {c}
            </text>
          ) : null,
        )}
        {references.map((r) => (
          <g key={r.label}>
            <line
              x1={M.left}
              x2={W - M.right}
              y1={y(r.value)}
              y2={y(r.value)}
              stroke="#a11212"
              strokeWidth="2"
              strokeDasharray="8 5"
            />
            <text x={M.left + 10} y={y(r.value) - 6} textAnchor="start" fontSize="15" fill="#a11212">
              {r.label} {formatNumber(r.value)}
            </text>
          </g>
        ))}
        {series.map((s, k) => {
          const color = colorOf(k);
          const lastIndex = s.values.reduce<number>((found, v, i) => (v === null ? found : i), -1);
          const segments: string[] = [];
          let current = "";
          s.values.forEach((v, i) => {
            if (v === null) {
              if (current) segments.push(current);
              current = "";
            } else {
              current += `${current ? " L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
            }
          });
          if (current) segments.push(current);
          return (
            <g key={s.label} data-cue={cueOf(k).name}>
              {segments.map((d) => (
                <path key={d} d={d} fill="none" stroke={color} strokeWidth="3" strokeDasharray={cueOf(k).dash || undefined} />
              ))}
              {s.values.map((v, i) => (v === null ? null : <Marker key={i} k={k} x={x(i)} y={y(v)} />))}
              {series.length > 1 && lastIndex >= 0 ? (
                <text x={x(lastIndex) - 8} y={y(s.values[lastIndex] as number) - 12} textAnchor="end" fontSize="14" fill={color} data-direct-label="">
                  {s.label}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="#1a1a1a" strokeWidth="1.5" />
      </svg>
      <figcaption>
        <span className="chart-title">{title}</span>
        <Legend labels={series.map((s) => s.label)} dashed={references.map((r) => r.label)} />
      </figcaption>
    </figure>
  );
}

import { useId } from "react";
import { PALETTE, formatNumber, niceMax } from "./scale";

// Horizontal bars for answers whose labels are long (survey options): each label sits
// above its bar. Long labels are shortened in the picture; the table beside has them whole.

const W = 360;
const ROW = 52;
const M = { top: 8, right: 60, bottom: 8, left: 8 };

function shorten(label: string, max = 18) {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export function HBarChart({
  title,
  rows,
  unit = "件",
}: {
  title: string;
  rows: Array<{ label: string; value: number }>;
  unit?: string;
}) {
  const id = useId();
  const height = M.top + M.bottom + ROW * Math.max(1, rows.length);
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value)));
  const plotW = W - M.left - M.right;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{rows.map((r) => `${r.label} ${formatNumber(r.value)}${unit}`).join("、")}</desc>
        <rect x="0" y="0" width={W} height={height} fill="#ffffff" />
        {rows.map((r, i) => {
          const top = M.top + i * ROW;
          const w = (r.value / max) * plotW;
          return (
            <g key={r.label}>
              <text x={M.left} y={top + 17} fontSize="16" fill="#1a1a1a">
                {shorten(r.label)}
              </text>
              <rect x={M.left} y={top + 24} width={plotW} height="18" fill="#f3f6f4" />
              <rect x={M.left} y={top + 24} width={Math.max(0, w)} height="18" fill={PALETTE[0]} />
              <text x={M.left + Math.max(0, w) + 6} y={top + 39} fontSize="16" fill="#1a1a1a">
                {formatNumber(r.value)}
                {unit}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="chart-title">{title}</span>
      </figcaption>
    </figure>
  );
}

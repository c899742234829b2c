import { useId } from "react";
import { PALETTE, formatNumber, niceMax } from "./scale";

// Horizontal bars for answers whose labels are long (survey options): each label sits
// above its bar. Long labels are shortened in the picture; the table beside has them whole.

const W = 640;
const ROW = 46;
const M = { top: 8, right: 64, bottom: 8, left: 8 };

function shorten(label: string, max = 32) {
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
              <text x={M.left} y={top + 16} fontSize="15" fill="#1a1a1a">
                {shorten(r.label)}
              </text>
              <rect x={M.left} y={top + 22} width={plotW} height="16" fill="#f3f6f4" />
              <rect x={M.left} y={top + 22} width={Math.max(0, w)} height="16" fill={PALETTE[0]} />
              <text x={M.left + Math.max(0, w) + 6} y={top + 35} fontSize="15" fill="#1a1a1a">
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

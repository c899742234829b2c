import { PALETTE } from "./scale";

// What tells one series from another without colour (WCAG 1.4.1): each series has its own
// fill pattern for bars and its own marker shape and line dash for lines, the same in the
// legend as in the picture. Colour is only a second cue.

export type Cue = {
  name: string;
  dash: string;
  marker: "circle" | "square" | "triangle" | "diamond";
};

export const CUES: Cue[] = [
  { name: "solid", dash: "", marker: "circle" },
  { name: "stripes", dash: "10 5", marker: "square" },
  { name: "dots", dash: "3 4", marker: "triangle" },
  { name: "grid", dash: "14 4 3 4", marker: "diamond" },
];

export function cueOf(k: number): Cue {
  return CUES[k % CUES.length];
}

export function colorOf(k: number): string {
  return PALETTE[k % PALETTE.length];
}

/** An id usable inside url(#…): React's useId gives colons, which some renderers refuse there. */
export function safeId(id: string): string {
  return `c${id.replace(/[^a-zA-Z0-9_-]/g, "")}`;
}

export function patternId(prefix: string, k: number): string {
  return `${prefix}-fill-${cueOf(k).name}`;
}

/** The fill patterns for `count` series: plain, diagonal stripes, dots, a grid. */
export function PatternDefs({
  prefix,
  count,
}: {
  prefix: string;
  count: number;
}) {
  return (
    <defs>
      {Array.from({ length: count }, (_, k) => {
        const color = colorOf(k);
        const cue = cueOf(k);
        return (
          <pattern
            key={k}
            id={patternId(prefix, k)}
            data-cue={cue.name}
            patternUnits="userSpaceOnUse"
            width="8"
            height="8"
          >
            <rect
              width="8"
              height="8"
              fill={cue.name === "solid" ? color : "#ffffff"}
            />
            {cue.name === "stripes" ? (
              <path
                d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6"
                stroke={color}
                strokeWidth="3"
              />
            ) : null}
            {cue.name === "dots" ? (
              <circle cx="4" cy="4" r="2.6" fill={color} />
            ) : null}
            {cue.name === "grid" ? (
              <path d="M0 4 H8 M4 0 V8" stroke={color} strokeWidth="2.4" />
            ) : null}
          </pattern>
        );
      })}
    </defs>
  );
}

/** A marker shape centred on (x, y). */
export function Marker({
  k,
  x,
  y,
  size = 6,
}: {
  k: number;
  x: number;
  y: number;
  size?: number;
}) {
  const color = colorOf(k);
  const shape = cueOf(k).marker;
  const s = size;
  if (shape === "square")
    return (
      <rect
        data-marker={shape}
        x={x - s}
        y={y - s}
        width={s * 2}
        height={s * 2}
        fill={color}
      />
    );
  if (shape === "triangle")
    return (
      <path
        data-marker={shape}
        d={`M${x} ${y - s * 1.2} L${x + s * 1.1} ${y + s * 0.9} L${
          x - s * 1.1
        } ${y + s * 0.9} Z`}
        fill={color}
      />
    );
  if (shape === "diamond")
    return (
      <path
        data-marker={shape}
        d={`M${x} ${y - s * 1.3} L${x + s * 1.3} ${y} L${x} ${y + s * 1.3} L${
          x - s * 1.3
        } ${y} Z`}
        fill={color}
      />
    );
  return <circle data-marker={shape} cx={x} cy={y} r={s} fill={color} />;
}

/** Roughly how wide a label is drawn: full-width characters one em, others about half. */
export function labelWidth(label: string, fontSize: number): number {
  let em = 0;
  for (const ch of label) em += /[\u0000-\u00ff]/.test(ch) ? 0.56 : 1;
  return em * fontSize;
}

/**
 * Which axis labels to draw so that none overlap: every n-th one from the first, n as small
 * as the room allows. The last label is always drawn (the latest year matters most); the
 * one before it steps aside when the two would touch.
 */
export function visibleLabels(
  labels: string[],
  slot: number,
  fontSize: number,
  gap = 3
): boolean[] {
  if (labels.length === 0) return [];
  const widest = Math.max(...labels.map((l) => labelWidth(l, fontSize)));
  const every = slot > 0 ? Math.max(1, Math.ceil((widest + gap) / slot)) : 1;
  const shown = labels.map((_, i) => i % every === 0);
  const last = labels.length - 1;
  if (!shown[last]) {
    const previous = last - (last % every);
    if (previous > 0) shown[previous] = false;
    if (previous > 0 || (last - previous) * slot >= widest + gap)
      shown[last] = true;
  }
  return shown;
}

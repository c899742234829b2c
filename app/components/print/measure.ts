// How much room a posting box needs, estimated from its text, so that the page plan is
// known before any browser lays the page out. The figures follow the print stylesheet
// (print-magazine-postings.css) with a margin: readings above the kanji make every line of
// text as tall as LINE_MM. An e2e test checks on the real layout that no box overflows.
import type { JobView } from "~/components/job-view";
import type { BoxSize } from "./plan";

/** Height (mm) of a jobs page's body: A4 less the page padding, running head and folio. */
const BODY_MM = 261;
const GAP_MM = 3;
export const BOX_MM: Record<BoxSize, number> = {
  third: (BODY_MM - 2 * GAP_MM) / 3,
  half: (BODY_MM - GAP_MM) / 2,
  full: BODY_MM,
};

type Variant = {
  rowChars: number;
  lineMm: number;
  titleChars: number;
  titleLineMm: number;
  footChars: number;
};
const VARIANTS: Record<"issue" | "sheet", Variant> = {
  // 10.5pt text in a 126 mm column; 14pt title; 9.5pt employer message across the box.
  issue: {
    rowChars: 32,
    lineMm: 6.4,
    titleChars: 24,
    titleLineMm: 9.5,
    footChars: 48,
  },
  // 12pt text in a 116 mm column; 18pt title; 11pt employer message.
  sheet: {
    rowChars: 25,
    lineMm: 8,
    titleChars: 18,
    titleLineMm: 12,
    footChars: 40,
  },
};

/** Width in full-width characters: ASCII and half-width kana count as half. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u007e\uff61-\uff9f]/.test(ch) ? 0.55 : 1;
  return w;
}

/** Lines a text takes in a column `chars` wide, keeping its own line breaks. */
export function linesOf(text: string, chars: number): number {
  return text
    .trim()
    .split(/\r?\n/)
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(width(line) / chars)), 0);
}

/** `small`: a row in smaller type (the items a job offer must state, on the single sheet). */
export type BoxRow = { label: string; text: string; labelLines?: number; small?: boolean };

/** Small rows are 10.5pt against the sheet's 12pt: lines as tall and as wide by this much. */
const SMALL = 0.875;
/** Small rows give 14 mm more to their label (one line for 働く場所が変わる範囲). */
const SMALL_TEXT_WIDTH = 0.85;

/** Millimetres a box needs for its head, its rows and its employer footer. */
export function boxHeight(title: string, rows: BoxRow[], footer: string[], variant: "issue" | "sheet"): number {
  const v = VARIANTS[variant];
  const head = linesOf(title, v.titleChars) * v.titleLineMm + 2;
  const body = rows.reduce(
    (sum, row) => {
      const k = row.small ? SMALL : 1;
      return sum + Math.max(row.labelLines ?? 1, linesOf(row.text, Math.floor((v.rowChars / k) * (row.small ? SMALL_TEXT_WIDTH : 1)))) * v.lineMm * k + 1;
    },
    2,
  );
  const qrColumn = variant === "issue" ? 40 : 52;
  const foot = footer.reduce((sum, text) => sum + linesOf(text, v.footChars) * v.lineMm, 1);
  // Measured on the demo postings in Chromium, the rows come out as estimated (a line of a
  // row is as tall as lineMm), the head and footer a little shorter: no extra margin on top.
  return head + Math.max(body, qrColumn) + foot + 2;
}

/** The smallest box that holds this height; a height above a page takes pages of "full". */
export function sizeFor(heightMm: number): BoxSize {
  if (heightMm <= BOX_MM.third) return "third";
  if (heightMm <= BOX_MM.half) return "half";
  return "full";
}

/**
 * Where to cut a text too long for one page into pieces, each of at most `lines` lines of
 * `chars`: after a line break or a 「。」 where one is near, else at the limit. Offsets are
 * in UTF-16 units of the original text; the pieces concatenate to it.
 */
export function splitText(text: string, firstLines: number, lines: number, chars: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  let budget = firstLines;
  while (linesOf(rest, chars) > budget) {
    let cut = 0;
    let good = 0;
    for (let i = 1; i <= rest.length; i++) {
      if (linesOf(rest.slice(0, i), chars) > budget) break;
      cut = i;
      if (/[\n。]/.test(rest[i - 1])) good = i;
    }
    const at = good > cut * 0.6 ? good : Math.max(cut, 1);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
    budget = lines;
  }
  pieces.push(rest);
  return pieces;
}

export function variantOf(variant: "issue" | "sheet"): Variant {
  return VARIANTS[variant];
}

export type { JobView };

// How many A4 pages an issue takes and what goes on each. Every page is a fixed-size box and
// every posting box is a third, a half or a whole page, chosen from its text alone
// (./measure.ts), so the page count and the contents' page numbers are known before any
// browser lays the page out: the print page shows the count and the PDF must match it.
import type { HelpPiece } from "./help-layout";

/** Contents lines per page: titles are printed whole, with readings, and may take two lines. */
export const CONTENTS_PER_PAGE = 24;

export type BoxSize = "third" | "half" | "full";

/** A page is six sixths: a third takes two, a half three, a whole page six. */
const SIXTHS: Record<BoxSize, number> = { third: 2, half: 3, full: 6 };

/** A posting's box; a posting longer than a page goes on over `parts` whole pages. */
export type BoxPlan = { size: BoxSize; parts: number };
export type PlacedBox = { index: number; size: BoxSize; part: number };

export type PrintPage =
  | { kind: "cover" }
  | { kind: "guide" }
  | { kind: "contents"; from: number; to: number }
  | { kind: "jobs"; boxes: PlacedBox[] }
  | { kind: "help"; pieces: HelpPiece[]; first: boolean }
  | { kind: "back" };

function chunks(count: number, size: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let from = 0; from < count; from += size) out.push({ from, to: Math.min(count, from + size) });
  return out;
}

/** Postings in their issue order, each on the current page while it fits, else on a new one. */
function jobPages(boxes: BoxPlan[]): Array<{ kind: "jobs"; boxes: PlacedBox[] }> {
  const pages: Array<{ kind: "jobs"; boxes: PlacedBox[] }> = [];
  let used = 6;
  boxes.forEach(({ size, parts }, index) => {
    for (let part = 0; part < Math.max(1, parts); part++) {
      const box = part === 0 ? size : "full";
      if (used + SIXTHS[box] > 6) {
        pages.push({ kind: "jobs", boxes: [] });
        used = 0;
      }
      pages[pages.length - 1].boxes.push({ index, size: box, part });
      used += SIXTHS[box];
    }
  });
  return pages;
}

/**
 * Cover, how to read and apply, contents, the postings, the help list (`help`: its pieces
 * page by page, from ./help-layout.ts), back cover. The help pages come after the postings,
 * so a posting's page does not depend on them; the contents end with a line for them.
 */
export function planMagazine(boxes: BoxPlan[], help: HelpPiece[][] = []): PrintPage[] {
  const lines = boxes.length + (help.length ? 1 : 0);
  return [
    { kind: "cover" },
    { kind: "guide" },
    ...chunks(lines, CONTENTS_PER_PAGE).map((c) => ({
      kind: "contents" as const,
      ...c,
    })),
    ...jobPages(boxes),
    ...help.map((pieces, i) => ({ kind: "help" as const, pieces, first: i === 0 })),
    { kind: "back" },
  ];
}

/** The page (1-based) on which the posting at this index is printed. */
export function pageOfItem(pages: PrintPage[], index: number): number {
  const at = pages.findIndex((p) => p.kind === "jobs" && p.boxes.some((b) => b.index === index && b.part === 0));
  return at + 1;
}

/** The page (1-based) on which the help list starts; 0 when the issue has none. */
export function pageOfHelp(pages: PrintPage[]): number {
  return pages.findIndex((p) => p.kind === "help") + 1;
}

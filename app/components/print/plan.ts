// How many A4 pages an issue takes and what goes on each. Every page is a fixed-size box,
// so the count follows from the number of postings alone: the print page shows it and the
// PDF must have exactly as many pages.

export const JOBS_PER_PAGE = 3;
export const CONTENTS_PER_PAGE = 36;

export type PrintPage =
  | { kind: "cover" }
  | { kind: "guide" }
  | { kind: "contents"; from: number; to: number }
  | { kind: "jobs"; from: number; to: number }
  | { kind: "back" };

function chunks(count: number, size: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let from = 0; from < count; from += size) out.push({ from, to: Math.min(count, from + size) });
  return out;
}

/** Cover, how to read and apply, contents, the postings three to a page, back cover. */
export function planMagazine(itemCount: number): PrintPage[] {
  return [
    { kind: "cover" },
    { kind: "guide" },
    ...chunks(itemCount, CONTENTS_PER_PAGE).map((c) => ({ kind: "contents" as const, ...c })),
    ...chunks(itemCount, JOBS_PER_PAGE).map((c) => ({ kind: "jobs" as const, ...c })),
    { kind: "back" },
  ];
}

/** The page (1-based) on which the posting at this index is printed. */
export function pageOfItem(pages: PrintPage[], index: number): number {
  const at = pages.findIndex((p) => p.kind === "jobs" && index >= p.from && index < p.to);
  return at + 1;
}

import { createContext, useContext, type ReactNode } from "react";
import type { Segment } from "~/utils/segments";

/** Readings of the texts a page shows, keyed by the whole text. Empty when furigana is off. */
export type Readings = Record<string, Segment[]>;

const ReadingsContext = createContext<Readings>({});

export function ReadingsProvider({
  readings,
  children,
}: {
  readings: Readings | null | undefined;
  children: ReactNode;
}) {
  return <ReadingsContext.Provider value={readings ?? {}}>{children}</ReadingsContext.Provider>;
}

/** The part of `segments` between two offsets of their text; a run cut in two loses its reading. */
function sliceSegments(segments: Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const start = at;
    const end = at + segment.text.length;
    at = end;
    if (end <= from || start >= to) continue;
    if (start >= from && end <= to) out.push(segment);
    else out.push({ text: segment.text.slice(Math.max(0, from - start), Math.min(segment.text.length, to - start)) });
  }
  return out;
}

/**
 * Text with its readings in <ruby> when the page has them. The reading is hidden from the
 * accessibility tree (aria-hidden on <rt>): a screen reader says the word once, from the
 * kanji, instead of the word and then its reading (docs/decisions/0014).
 */
export function Ruby({ text, from, to }: { text: string; from?: number; to?: number }) {
  const readings = useContext(ReadingsContext);
  // Own keys only: a text such as "toString" or "constructor" is not a reading.
  const whole = Object.prototype.hasOwnProperty.call(readings, text) ? readings[text] : undefined;
  const start = from ?? 0;
  const end = to ?? text.length;
  if (!whole) return <>{text.slice(start, end)}</>;
  const segments = start === 0 && end === text.length ? whole : sliceSegments(whole, start, end);
  return (
    <>
      {segments.map((segment, i) =>
        segment.reading ? (
          <ruby key={i}>
            {segment.text}
            <rt aria-hidden="true">{segment.reading}</rt>
          </ruby>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

/**
 * A page's fixed headings and labels: the list goes to the loader (their readings come with
 * the page's other texts, in the same query), and the component it gives takes only texts
 * of that list, so a heading's text must be one of the list's. That the loader passes the
 * same list to pageReadings is the route's part; tests/e2e/seeker.furigana-headings.spec.ts
 * finds any heading left without a reading.
 */
export function fixedRuby<const T extends readonly string[]>(texts: T) {
  return function FixedText({ text }: { text: T[number] }) {
    return <Ruby text={text} />;
  };
}

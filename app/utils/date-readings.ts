// Readings for dates, times and counts written the Japanese way: 2026年12月5日（土） 13時30分,
// 12件, 3人. Every event and month would be a new text for the analyser, and the first text it
// has not seen loads its whole dictionary (docs/decisions/0014), so these are read here, by
// rule, without it. No server code here.

import type { Readings } from "~/components/ruby-text";
import { counterSegments, mergePlain, type Segment } from "./segments";

const WEEKDAYS: Record<string, string> = {
  月: "げつ",
  火: "か",
  水: "すい",
  木: "もく",
  金: "きん",
  土: "ど",
  日: "にち",
};

// A number (half- or full-width digits) and the counter after it, or a weekday in brackets.
const PIECE = /([0-9０-９]+)([年月日時分件人円歳回])|([（(])([月火水木金土日])([）)])/gu;

/**
 * The segments of a text holding dates, times or counts: 年 ねん, 月 がつ, 日 にち (1日
 * ついたち, 2日 ふつか … 20日 はつか, 24日 にじゅうよっか, read with their number), the
 * weekday in brackets, 時 じ, 分 ふん or ぷん as the number asks, and the counters 件 人 円.
 * Everything else stays as it is, without a reading.
 */
export function dateSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(PIECE)) {
    const start = match.index ?? 0;
    if (start > at) out.push({ text: text.slice(at, start) });
    if (match[1] !== undefined) {
      const number = match[1];
      out.push(...(counterSegments(number, [{ text: number }], match[2]) ?? [{ text: match[0] }]));
    } else {
      out.push({ text: match[3] }, { text: match[4], reading: WEEKDAYS[match[4]] }, { text: match[5] });
    }
    at = start + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return mergePlain(out);
}

/**
 * Readings of the given date and count texts, for a page's ReadingsProvider beside the stored
 * readings of its other texts: only texts with at least one reading.
 */
export function dateReadings(texts: Array<string | null | undefined>): Readings {
  const out: Readings = {};
  for (const text of texts) {
    if (!text) continue;
    const segments = dateSegments(text);
    if (segments.some((s) => s.reading)) Object.defineProperty(out, text, { value: segments, enumerable: true });
  }
  return out;
}

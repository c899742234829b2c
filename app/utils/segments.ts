// A text cut into pieces for furigana. The pieces concatenate to exactly the original text;
// a piece carries a reading (hiragana) only when it contains kanji, and then only for its
// kanji run where that can be told: 募集する is 募集[ぼしゅう] + する, 食べる is 食[た] + べる.
// No server code here: components render these.

import { katakanaToHiragana } from "./kana";

export type Segment = { text: string; reading?: string };

/** Kanji, the iteration mark 々 and the counter ヶ/ケ as they appear inside kanji words. */
const KANJI = /[\p{Script=Han}々〆ヵヶ]/u;
const KANJI_RUN = /[\p{Script=Han}々〆ヵヶ]+/gu;

export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

/** The text the segments were cut from. */
export function segmentsText(segments: Segment[]): string {
  return segments.map((s) => s.text).join("");
}

/** A text with no reading at all: one plain segment (none for the empty text). */
export function plainSegments(text: string): Segment[] {
  return text ? [{ text }] : [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One word and its whole reading as segments, the kana of the word (送り仮名, kana between
 * kanji) left outside the readings: 取り扱い + とりあつかい → 取[と] り 扱[あつか] い.
 * When the kana of the word cannot be found in the reading, the whole word keeps the whole
 * reading; a word without kanji, or without a reading, is one plain segment.
 */
export function wordSegments(word: string, reading: string | undefined): Segment[] {
  if (!word) return [];
  const kana = reading ? katakanaToHiragana(reading) : "";
  if (!hasKanji(word) || !kana || kana === "*") return plainSegments(word);
  // Alternate kana parts and kanji runs; each kanji run reads one or more characters.
  const parts = word.split(/([\p{Script=Han}々〆ヵヶ]+)/u).filter(Boolean);
  const pattern = parts
    .map((part) => (KANJI.test(part) ? "(.+?)" : `(${escapeRegExp(katakanaToHiragana(part))})`))
    .join("");
  const match = new RegExp(`^${pattern}$`, "u").exec(kana);
  if (!match) return [{ text: word, reading: kana }];
  return parts.map((part, i) => (KANJI.test(part) ? { text: part, reading: match[i + 1] } : { text: part }));
}

/** Neighbouring plain segments joined into one; readings untouched. */
export function mergePlain(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (!segment.text) continue;
    const last = out[out.length - 1];
    if (last && last.reading === undefined && segment.reading === undefined) {
      out[out.length - 1] = { text: last.text + segment.text };
    } else {
      out.push(segment.reading === undefined ? { text: segment.text } : segment);
    }
  }
  return out;
}

/** The text with every reading after its kanji in brackets: 募集[ぼしゅう]する (tests, logs). */
export function bracketed(segments: Segment[]): string {
  return segments.map((s) => (s.reading === undefined ? s.text : `${s.text}[${s.reading}]`)).join("");
}

/** Every kanji run of a text, in order (to check that each one has a reading). */
export function kanjiRuns(text: string): string[] {
  return text.match(KANJI_RUN) ?? [];
}

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

// Counters after a number read otherwise than on their own: 1月 is いちがつ, never 月(つき).
const COUNTER_READINGS: Record<string, string> = {
  年: "ねん",
  月: "がつ",
  日: "にち",
  時: "じ",
  分: "ふん",
  人: "にん",
  件: "けん",
  円: "えん",
  歳: "さい",
  回: "かい",
};
// Days and people whose reading takes in the number too: 2日 is ふつか as a whole.
const WHOLE_READINGS: Record<string, Record<number, string>> = {
  日: {
    1: "ついたち",
    2: "ふつか",
    3: "みっか",
    4: "よっか",
    5: "いつか",
    6: "むいか",
    7: "なのか",
    8: "ようか",
    9: "ここのか",
    10: "とおか",
    14: "じゅうよっか",
    20: "はつか",
    24: "にじゅうよっか",
  },
  人: { 1: "ひとり", 2: "ふたり" },
};
const KANJI_DIGITS = "〇一二三四五六七八九";

/** The value of a number written in digits (half or full width) or in kanji up to 99. */
export function numberValue(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
  if (!m || !text) return undefined;
  if (!m[2]) return m[1] && !m[3] ? KANJI_DIGITS.indexOf(m[1]) : undefined;
  return (m[1] ? KANJI_DIGITS.indexOf(m[1]) : 1) * 10 + (m[3] ? KANJI_DIGITS.indexOf(m[3]) : 0);
}

export function isCounter(text: string): boolean {
  return text in COUNTER_READINGS;
}

/**
 * The segments of a number and the counter after it, or undefined when `counter` is not one
 * of them: 3月 → 3 月[がつ], 10分 → 10 分[ぷん], 2日 → 2日[ふつか], 1人 → 1人[ひとり].
 * `numberSegments` are the number's own segments (kanji numerals keep their reading).
 */
export function counterSegments(number: string, numberSegments: Segment[], counter: string): Segment[] | undefined {
  const value = numberValue(number);
  if (value === undefined || !isCounter(counter)) return undefined;
  const whole = WHOLE_READINGS[counter]?.[value];
  if (whole) return [{ text: number + counter, reading: whole }];
  let reading = COUNTER_READINGS[counter];
  // 1, 3, 4, 6, 8 and 10 minutes are いっぷん, さんぷん, よんぷん, ろっぷん, はっぷん, じゅっぷん.
  if (counter === "分" && [0, 1, 3, 4, 6, 8].includes(value % 10)) reading = "ぷん";
  return [...numberSegments, { text: counter, reading }];
}

import { createRequire } from "node:module";
import path from "node:path";
import kuromoji from "kuromoji";
import {
  counterSegments,
  hasKanji,
  mergePlain,
  plainSegments,
  segmentsText,
  wordSegments,
  type Segment,
} from "./segments";
import { processWide } from "./process-wide";

// The morphological analyser (kuromoji with its IPA dictionary) that gives texts their
// readings. Building it reads the whole dictionary (about 1.7 s and 380 MB), so it is built
// once per process and only when a text without stored readings turns up: saving or
// approving a text, a staff dictionary change, the seed. A plain page request never needs
// it. See docs/decisions/0013-readings-and-search.md.

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

// On globalThis: the server entry and the Remix build are separate bundles.
const KEY = Symbol.for("kumamoto-jobs.analyser");
type Holder = { [KEY]?: Promise<Tokenizer> };

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
}

function tokenizer(): Promise<Tokenizer> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, built) => {
      if (error) {
        delete holder[KEY];
        reject(error);
      } else resolve(built);
    });
  });
  return holder[KEY];
}

/** A word of the staff's dictionary: its reading wins over the analyser's. */
export type ReadingOverride = { word: string; reading: string };

/** The text cut around the dictionary words it contains, longest word first. */
function splitOnOverrides(text: string, overrides: ReadingOverride[]): Array<string | ReadingOverride> {
  const words = overrides.filter((o) => o.word && text.includes(o.word));
  if (words.length === 0) return [text];
  words.sort((a, b) => b.word.length - a.word.length);
  const pieces: Array<string | ReadingOverride> = [];
  let rest = "";
  for (let i = 0; i < text.length; ) {
    const found = words.find((o) => text.startsWith(o.word, i));
    if (found) {
      if (rest) pieces.push(rest);
      rest = "";
      pieces.push(found);
      i += found.word.length;
    } else {
      rest += text[i];
      i += 1;
    }
  }
  if (rest) pieces.push(rest);
  return pieces;
}

// 方 after a modifier is read ほう by the analyser's dictionary in every case. On a job board
// it names a person far more often (未経験の方, 事業主の方へ, 参加したい方は, 元気な方): かた.
// It stays ほう for a side or a comparison: こちらの方, 北の方, この方が安い, する方がいい.
const SIDES = new Set(["北", "南", "東", "西", "上", "下", "前", "後ろ", "右", "左", "奥", "外", "内", "中", "先", "手前", "反対"]);
const COMPARED = new Set(["いい", "よい", "良い", "安い", "早い", "速い", "高い", "多い", "少ない", "近い", "遠い", "楽", "得", "ましだ"]);

function namesAPerson(tokens: kuromoji.IpadicFeatures[], i: number): boolean {
  const token = tokens[i];
  if (token.surface_form !== "方" || token.pos !== "名詞" || token.pos_detail_1 !== "非自立") return false;
  const owner = tokens[i - 1]?.surface_form === "の" ? tokens[i - 2] : undefined;
  if (owner && (owner.pos_detail_1 === "代名詞" || SIDES.has(owner.surface_form))) return false;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return !(next?.surface_form === "が" && after && (COMPARED.has(after.basic_form) || COMPARED.has(after.surface_form)));
}

/** Segments of analyser tokens; a number and its counter read together (1月 is いちがつ). */
function tokenSegments(tokens: kuromoji.IpadicFeatures[]): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const own = wordSegments(token.surface_form, namesAPerson(tokens, i) ? "カタ" : token.reading);
    const next = tokens[i + 1];
    const counted =
      token.pos_detail_1 === "数" && next && tokens[i - 1]?.surface_form !== ","
        ? counterSegments(token.surface_form, own, next.surface_form)
        : undefined;
    if (counted) {
      segments.push(...counted);
      i += 1;
    } else segments.push(...own);
  }
  return segments;
}

// Texts share sentences (a company's standard lines, a description saved again with one
// change): each sentence is analysed once per dictionary, within a bounded memory.
const SENTENCE_END = /(?<=[。！？!?\n])/u;
const MEMO_SIZE = 5000;
// One memo per process (both bundles analyse), and for one dictionary at a time: a sentence
// analysed with another dictionary than the memo's is not kept.
const sentences = processWide("sentence-memo", () => ({ dictionary: "", memo: new Map<string, Segment[]>() }));

// kuromoji throws on a NUL and on a lone surrogate half: such characters are kept as plain
// text between the parts the analyser reads, so one odd character never stops a whole text.
const UNREADABLE = /(\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;

async function analysePiece(piece: string): Promise<Segment[]> {
  const segments: Segment[] = [];
  for (const part of piece.split(UNREADABLE)) {
    if (!part) continue;
    if (UNREADABLE.test(part) || !hasKanji(part)) {
      segments.push({ text: part });
      continue;
    }
    try {
      segments.push(...tokenSegments((await tokenizer()).tokenize(part)));
    } catch {
      // Anything else the analyser cannot read stays without readings rather than failing.
      segments.push({ text: part });
    }
  }
  return segments;
}

async function analyseSentence(sentence: string, overrides: ReadingOverride[], dictionary: string) {
  if (dictionary !== sentences.dictionary) {
    sentences.memo.clear();
    sentences.dictionary = dictionary;
  }
  const known = sentences.memo.get(sentence);
  if (known) return known;
  const segments: Segment[] = [];
  for (const piece of splitOnOverrides(sentence, overrides)) {
    if (typeof piece !== "string") {
      segments.push(...wordSegments(piece.word, piece.reading));
    } else if (!hasKanji(piece)) {
      segments.push({ text: piece });
    } else {
      segments.push(...(await analysePiece(piece)));
    }
  }
  // The analyser awaits: another dictionary may have taken the memo meanwhile.
  if (sentences.dictionary !== dictionary) return segments;
  const { memo } = sentences;
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(sentence, segments);
  return segments;
}

/**
 * Segments with readings for a text: the staff's words first, the analyser for the rest.
 * A text without kanji never wakes the analyser.
 */
export async function analyse(text: string, overrides: ReadingOverride[] = []): Promise<Segment[]> {
  if (!hasKanji(text)) return plainSegments(text);
  const dictionary = JSON.stringify(overrides);
  const segments: Segment[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    segments.push(...(await analyseSentence(sentence, overrides, dictionary)));
  }
  const merged = mergePlain(segments);
  // The pieces must give back the text to the letter; if the analyser ever changed a
  // character, the text goes out without readings rather than changed.
  return segmentsText(merged) === text ? merged : plainSegments(text);
}

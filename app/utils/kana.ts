// Folding Japanese text so that the ways people type one word compare equal: full-width and
// half-width letters and digits (ＡＴ, ４ｔ), half-width katakana (ｶｲｺﾞ), katakana and
// hiragana (カイゴ, かいご), upper and lower case. Used for searches and for readings.

const KATAKANA = /[\u30A1-\u30F6\u30FD\u30FE]/g;

/** Katakana letters as hiragana (ァ..ヶ and the iteration marks); everything else as it is. */
export function katakanaToHiragana(text: string): string {
  return text.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * One form for comparing: NFKC (full-width ASCII and half-width katakana to their usual
 * forms, ㈱ to (株)), katakana to hiragana, lower case.
 */
export function foldKana(text: string): string {
  return katakanaToHiragana(text.normalize("NFKC")).toLowerCase();
}

// Reads an amount of yen as people type it: 「20万」「２０万円」「200,000」「20万5千」「1.5万」
// 「二十万」. One reader for every box that takes an amount a person types freely.

const KANJI_DIGITS: Record<string, string> = {
  〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9",
};

/** The largest amount read: more than any monthly pay, so a typo is refused, not searched. */
export const MAX_YEN = 9_999_999;

/** "5千3百" → 5300; "" → 0; null when it is not a number below 万. */
function belowMan(text: string): number | null {
  const match = /^(?:(\d*(?:\.\d+)?)千)?(?:(\d*)百)?(?:(\d*)十)?(\d*(?:\.\d+)?)$/.exec(text);
  if (!match) return null;
  const [, sen, hyaku, ju, rest] = match;
  const part = (digits: string | undefined, unit: number) =>
    digits === undefined ? 0 : (digits === "" ? 1 : Number(digits)) * unit;
  return part(sen, 1000) + part(hyaku, 100) + part(ju, 10) + (rest ? Number(rest) : 0);
}

/** The amount in yen, or null when the text cannot be read as one (or is 0 or too large). */
export function parseYen(input: string): number | null {
  const text = input
    .normalize("NFKC")
    .replace(/[\s,、，]/g, "")
    .replace(/^[¥￥]/, "")
    .replace(/(円)?(以上|から|〜|~)?$/, "")
    .replace(/[〇零一二三四五六七八九]/g, (c) => KANJI_DIGITS[c]!);
  if (!text || text.length > 20) return null;
  const match = /^(?:(.*?)万)?(.*)$/.exec(text)!;
  if (match[1] === "") return null; // 「万」 alone
  const man = match[1] === undefined ? 0 : belowMan(match[1]);
  const rest = belowMan(match[2]!);
  if (man === null || rest === null) return null;
  const yen = Math.round((man * 10_000 + rest) * 1000) / 1000;
  return Number.isInteger(yen) && yen > 0 && yen <= MAX_YEN ? yen : null;
}

// Advice for employers while they write a posting: sentences too long to read easily, and
// words that readers often cannot read, with a plainer way to say them. Advice only: the
// form never refuses a posting for these. Runs in the browser (as they type) and on the
// server (shown after a round trip without JavaScript).

export type PlainWord = { word: string; plain: string };

/** The fields whose text the hints read, with the names the form shows. */
export const HINT_FIELDS: Array<{ name: string; label: string }> = [
  { name: "title", label: "職種" },
  { name: "description", label: "仕事の内容" },
  { name: "licenses", label: "必要な免許・資格" },
  { name: "pay_note", label: "給与の補足" },
  { name: "benefits", label: "その他の待遇" },
  { name: "how_to_apply", label: "応募のしかた" },
];

/** A sentence longer than this many characters is hard to follow for many readers. */
export const LONG_SENTENCE = 60;

const SENTENCE_END = /(?<=[。！？!?\n])/u;

export function writingHints(values: Record<string, string | undefined>, words: PlainWord[]): string[] {
  const hints: string[] = [];
  const seen = new Set<string>();
  for (const { name, label } of HINT_FIELDS) {
    const text = values[name] ?? "";
    const longest = Math.max(0, ...text.split(SENTENCE_END).map((s) => [...s.trim()].length));
    if (longest > LONG_SENTENCE) {
      hints.push(`「${label}」に、とても長い文があります（${longest}文字）。2つか3つの文に分けると、読みやすくなります。`);
    }
    for (const { word, plain } of words) {
      if (!word || seen.has(word) || !text.includes(word)) continue;
      // A longer listed word (要普免) already covers the shorter one inside it (普免).
      if (words.some((w) => w.word !== word && w.word.includes(word) && text.includes(w.word))) continue;
      seen.add(word);
      hints.push(`「${word}」は読めない人がいます。「${plain}」のように書くと伝わります。`);
    }
  }
  return hints;
}

// Words a seeker may type for the same thing. A posting that contains one word of a group
// is also found by the others (its search text carries them). Plain data: staff read it on
// /staff/readings, and a change here takes effect when the postings' search text is next
// written (every posting is rewritten when the app starts after a change to this list).
//
// Keep each group to words that mean the same job or condition; a word in two groups joins
// them. Kana words are written as people type them; the search folds katakana and hiragana.

export const SEARCH_SYNONYMS: string[][] = [
  ["運転手", "ドライバー", "運転"],
  ["介護", "ヘルパー", "介助"],
  ["寮", "社宅", "住み込み"],
  ["調理", "キッチン", "料理"],
  ["清掃", "掃除", "クリーニング"],
  ["倉庫", "物流", "ピッキング"],
  ["工場", "製造"],
  ["土木", "建設", "現場作業"],
  ["警備", "ガードマン"],
  ["アルバイト", "バイト"],
  ["未経験", "初心者"],
  ["フォークリフト", "リフト"],
];

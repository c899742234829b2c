import { describe, expect, it } from "vitest";
import { PLAIN_WORDS } from "../../db/plain-words";
import { writingHints } from "../../app/utils/writing-hints";

describe("writing hints", () => {
  it("names a long sentence and each listed word once, the longer word over the word inside it", () => {
    const long = "あ".repeat(61) + "。";
    const hints = writingHints({ description: `${long}要普免。経験尚可。`, benefits: "尚可" }, PLAIN_WORDS);
    expect(hints).toEqual([
      "「仕事の内容」に、とても長い文があります（62文字）。2つか3つの文に分けると、読みやすくなります。",
      "「尚可」は読めない人がいます。「あれば、なおよい」のように書くと伝わります。",
      "「要普免」は読めない人がいます。「普通自動車の運転免許がいります」のように書くと伝わります。",
    ]);
  });

  it("says nothing about short, plain text", () => {
    expect(writingHints({ description: "倉庫で荷物を仕分けします。先輩が教えます。" }, PLAIN_WORDS)).toEqual([]);
  });
});

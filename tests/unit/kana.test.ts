import { describe, expect, it } from "vitest";
import { foldKana, katakanaToHiragana } from "~/utils/kana";

describe("foldKana", () => {
  it("makes the ways people type one word equal", () => {
    for (const typed of ["かいご", "カイゴ", "ｶｲｺﾞ"]) expect(foldKana(typed)).toBe("かいご");
    expect(foldKana("ﾌｫｰｸﾘﾌﾄ")).toBe("ふぉーくりふと");
    expect(foldKana("ＡＴ")).toBe("at");
    expect(foldKana("４ｔ")).toBe("4t");
    expect(foldKana("シラカワ")).toBe(foldKana("しらかわ"));
  });

  it("leaves kanji and the long-vowel mark alone", () => {
    expect(foldKana("介護スタッフ")).toBe("介護すたっふ");
    expect(katakanaToHiragana("ヴァー")).toBe("ゔぁー");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { hardWords, readingsFor, recomputeReadingsContaining, textHash } from "../../app/models/readings.server";
import { analyse } from "../../app/utils/analyser.server";
import { bracketed, kanjiRuns, segmentsText, wordSegments } from "../../app/utils/segments";
import { nowIso } from "../../app/utils/dates";
import { addReadingWord, changeReadingWord } from "../../app/models/reading-words.server";
import { settleTexts } from "../../app/models/search-text.server";
import { makeEmployer, makeJob } from "../factories";
import { testDb } from "../setup/test-db";

/** The kana of a text: every kanji run replaced by its reading. */
function spoken(segments: { text: string; reading?: string }[]) {
  return segments.map((s) => s.reading ?? s.text).join("");
}

// Building the analyser reads its whole dictionary: once for the file, with time to spare.
beforeAll(() => analyse("漢字"), 60_000);

describe("wordSegments", () => {
  it("keeps okurigana and kana between kanji outside the reading", () => {
    expect(bracketed(wordSegments("食べる", "タベル"))).toBe("食[た]べる");
    expect(bracketed(wordSegments("取り扱い", "トリアツカイ"))).toBe("取[と]り扱[あつか]い");
    expect(bracketed(wordSegments("介護", "カイゴ"))).toBe("介護[かいご]");
  });

  it("gives a word without kanji or reading no reading", () => {
    expect(wordSegments("フォークリフト", "フォークリフト")).toEqual([{ text: "フォークリフト" }]);
    expect(wordSegments("溶接", undefined)).toEqual([{ text: "溶接" }]);
  });
});

describe("analyse", () => {
  it("reads the fixed sample", async () => {
    expect(bracketed(await analyse("介護"))).toBe("介護[かいご]");
    expect(bracketed(await analyse("寮"))).toBe("寮[りょう]");
    expect(spoken(await analyse("熊本市東区"))).toBe("くまもとしひがしく");
    expect(spoken(await analyse("厚生年金"))).toBe("こうせいねんきん");
    expect(bracketed(await analyse("募集する"))).toBe("募集[ぼしゅう]する");
  });

  it("reads a counter after a number as a counter: dates, times, people", async () => {
    expect(bracketed(await analyse("1月から3月まで"))).toBe("1月[がつ]から3月[がつ]まで");
    expect(bracketed(await analyse("2027年12月"))).toBe("2027年[ねん]12月[がつ]");
    expect(bracketed(await analyse("1日と2日と10日"))).toBe("1日[ついたち]と2日[ふつか]と10日[とおか]");
    expect(bracketed(await analyse("14日、20日、24日、25日"))).toBe(
      "14日[じゅうよっか]、20日[はつか]、24日[にじゅうよっか]、25日[にち]",
    );
    expect(bracketed(await analyse("9時30分から5分"))).toBe("9時[じ]30分[ぷん]から5分[ふん]");
    expect(bracketed(await analyse("1分、3分、6分、8分、10分、2分"))).toBe(
      "1分[ぷん]、3分[ぷん]、6分[ぷん]、8分[ぷん]、10分[ぷん]、2分[ふん]",
    );
    expect(bracketed(await analyse("1人か2人、5人"))).toBe("1人[ひとり]か2人[ふたり]、5人[にん]");
    expect(bracketed(await analyse("3件・1,000円・20歳・年2回"))).toContain("3件[けん]・1,000円[えん]・20歳[さい]");
    expect(bracketed(await analyse("年2回"))).toContain("2回[かい]");
    expect(bracketed(await analyse("二日"))).toBe("二日[ふつか]");
  });

  it("reads 方 かた when it names a person, and ほう for a side or a comparison", async () => {
    for (const text of ["事業主の方へ", "保護観察官・施設の職員・ハローワークの方へ", "参加したい方は", "未経験の方も歓迎", "お持ちの方", "元気な方", "この方との連絡", "経験のある方が望ましい"]) {
      expect(bracketed(await analyse(text)), text).toContain("方[かた]");
    }
    for (const text of ["こちらの方が安い", "どちらの方がいい", "早く寝る方がいい", "上の方にある"]) {
      expect(bracketed(await analyse(text)), text).toContain("方[ほう]");
    }
    expect(bracketed(await analyse("連絡の方法"))).toContain("方法[ほうほう]");
    expect(bracketed(await analyse("両方"))).toBe("両方[りょうほう]");
  });

  it("lets a dictionary word win over the analyser", async () => {
    // The analyser alone reads 人 here as じん and 戸島 as としま.
    expect(spoken(await analyse("身元引受人"))).not.toBe("みもとひきうけにん");
    const overrides = [
      { word: "身元引受人", reading: "みもとひきうけにん" },
      { word: "戸島町", reading: "とじままち" },
    ];
    expect(spoken(await analyse("身元引受人がいなくても大丈夫", overrides))).toBe(
      "みもとひきうけにんがいなくてもだいじょうぶ",
    );
    expect(bracketed(await analyse("熊本市東区戸島町1-1", overrides))).toContain("戸島町[とじままち]");
  });

  it("gives back the text to the letter, with a reading on every kanji run", async () => {
    const text = "ＡＴ限定可。フォークリフト４ｔ、寮・社宅あり！\n未経験OK 　募集中";
    const segments = await analyse(text);
    expect(segmentsText(segments)).toBe(text);
    const read = segments.filter((s) => s.reading).map((s) => s.text).join("");
    expect(read).toBe(kanjiRuns(text).join(""));
    for (const s of segments) if (s.reading) expect(s.reading).toMatch(/^[\u3041-\u309f\u30fc]+$/u);
  });

  it("reads around a NUL or a lone surrogate half instead of failing on them", async () => {
    for (const text of ["介護\u0000スタッフ", "\uD800介護の仕事", "寮あり\uDC00介護"]) {
      const segments = await analyse(text);
      expect(segmentsText(segments)).toBe(text);
      expect(segments.find((s) => s.text === "介護")?.reading).toBe("かいご");
    }
  });
});

describe("readingsFor", () => {
  it("stores the readings of a new text once and reads them back from the table", async () => {
    const { db } = testDb();
    const first = await readingsFor(db, ["介護スタッフ", "", "介護スタッフ"]);
    expect(bracketed(first.get("介護スタッフ")!)).toBe("介護[かいご]スタッフ");
    expect(first.get("")).toEqual([]);
    const rows = await db.selectFrom("text_readings").selectAll().execute();
    expect(rows.map((r) => [r.hash, r.text])).toEqual([[textHash("介護スタッフ"), "介護スタッフ"]]);

    // A stored reading is what comes back: nothing is analysed again per request.
    const stored = JSON.stringify([{ text: "介護", reading: "かいごX" }, { text: "スタッフ" }]);
    await db.updateTable("text_readings").set({ segments: stored }).execute();
    expect(bracketed((await readingsFor(db, ["介護スタッフ"])).get("介護スタッフ")!)).toBe("介護[かいごX]スタッフ");
  });

  it("uses the staff dictionary, and a change recomputes the texts that contain the word", async () => {
    const { db } = testDb();
    const now = nowIso();
    await db
      .insertInto("reading_words")
      .values({ word: "戸島町", reading: "とじままち", created_at: now, updated_at: now })
      .execute();
    const text = "勤務地は熊本市東区戸島町です。";
    expect(bracketed((await readingsFor(db, [text])).get(text)!)).toContain("戸島町[とじままち]");

    await db.updateTable("reading_words").set({ reading: "とじまちょう" }).execute();
    expect(await recomputeReadingsContaining(db, ["戸島町"])).toBe(1);
    expect(bracketed((await readingsFor(db, [text])).get(text)!)).toContain("戸島町[とじまちょう]");
  });

  it("reads the city office's address in every footer てとりほんちょう, from a word staff can change", async () => {
    const { db } = testDb();
    const address = "〒860-8601 熊本市中央区手取本町1番1号";
    const segments = (await readingsFor(db, [address])).get(address)!;
    expect(segments.find((s) => s.text === "手取本町")?.reading).toBe("てとりほんちょう");
    expect(await db.selectFrom("reading_words").select("reading").where("word", "=", "手取本町").executeTakeFirst()).toEqual({ reading: "てとりほんちょう" });
  });

  it("lists the words marked hard with their plain alternative", async () => {
    const { db } = testDb();
    const now = nowIso();
    await db
      .insertInto("reading_words")
      .values([
        { word: "尚可", reading: "なおか", hard: 1, plain: "あればなお良い", created_at: now, updated_at: now },
        { word: "戸島町", reading: "とじままち", hard: 0, plain: "", created_at: now, updated_at: now },
      ])
      .execute();
    expect(await hardWords(db)).toEqual([{ word: "尚可", reading: "なおか", plain: "あればなお良い" }]);
  });
});

describe("a dictionary change while texts are being analysed", () => {
  it("leaves the new reading stored and searchable, not the one an analysis begun before it read", async () => {
    const { db } = testDb();
    const employer = await makeEmployer(db);
    const description = "勤務地は谷森坂田村の工場です。";
    const job = await makeJob(db, { employerId: employer.id, description });
    const staff = { id: null, email: "staff@example.jp" };
    const word = "谷森坂田村";
    const id = await addReadingWord(db, staff, { word, reading: "たにもりさかたむら", hard: false, plain: "" });

    // A page (or an earlier request's settling) starts analysing a long list of texts that
    // have no stored readings yet, this one among them, with the dictionary as it is now...
    await db.deleteFrom("text_readings").execute();
    const others = Array.from({ length: 300 }, (_, i) => `第${i + 1}工場で部品を組み立てる仕事です。`);
    const earlier = readingsFor(db, [...others, description]);
    // ...and the staff change the word's reading before it has written.
    const change = changeReadingWord(db, staff, id, { word, reading: "やもりさかたむら", hard: false, plain: "" });
    await Promise.all([earlier, change]);

    const stored = await readingsFor(db, [description]);
    expect(bracketed(stored.get(description)!)).toContain(`${word}[やもりさかたむら]`);
    const search = await db.selectFrom("job_search_text").select("body").where("job_id", "=", job.id).executeTakeFirstOrThrow();
    expect(search.body).toContain("やもりさかたむら");
    expect(search.body).not.toContain("たにもりさかたむら");
  });
});

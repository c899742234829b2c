import { describe, expect, it } from "vitest";
import { dateReadings, dateSegments } from "~/utils/date-readings";
import { bracketed, segmentsText } from "~/utils/segments";

const read = (text: string) => bracketed(dateSegments(text));

describe("dateSegments", () => {
  it("reads a month heading: 年 ねん, 月 がつ", () => {
    expect(read("2026年12月")).toBe("2026年[ねん]12月[がつ]");
    expect(read("2027年4月")).toBe("2027年[ねん]4月[がつ]");
  });

  it("reads the days that are said otherwise with their number", () => {
    const days: Array<[number, string]> = [
      [1, "ついたち"],
      [2, "ふつか"],
      [3, "みっか"],
      [4, "よっか"],
      [5, "いつか"],
      [6, "むいか"],
      [7, "なのか"],
      [8, "ようか"],
      [9, "ここのか"],
      [10, "とおか"],
      [14, "じゅうよっか"],
      [20, "はつか"],
      [24, "にじゅうよっか"],
    ];
    for (const [day, reading] of days) expect(read(`12月${day}日`)).toBe(`12月[がつ]${day}日[${reading}]`);
  });

  it("reads the other days as Nにち", () => {
    for (const day of [11, 12, 13, 15, 19, 21, 23, 25, 30, 31]) expect(read(`${day}日`)).toBe(`${day}日[にち]`);
  });

  it("reads the weekday in either kind of bracket", () => {
    expect(read("12月5日（土）")).toBe("12月[がつ]5日[いつか]（土[ど]）");
    expect(read("2026年12月3日(木) 13:30")).toBe("2026年[ねん]12月[がつ]3日[みっか](木[もく]) 13:30");
    const weekdays: Array<[string, string]> = [
      ["月", "げつ"],
      ["火", "か"],
      ["水", "すい"],
      ["木", "もく"],
      ["金", "きん"],
      ["土", "ど"],
      ["日", "にち"],
    ];
    for (const [day, reading] of weekdays) expect(read(`(${day})`)).toBe(`(${day}[${reading}])`);
  });

  it("reads 時 じ and 分 ふん or ぷん as the number asks", () => {
    expect(read("13時30分")).toBe("13時[じ]30分[ぷん]");
    expect(read("9時5分")).toBe("9時[じ]5分[ふん]");
    expect(read("10時1分")).toBe("10時[じ]1分[ぷん]");
    expect(read("8時15分")).toBe("8時[じ]15分[ふん]");
    expect(read("7時44分")).toBe("7時[じ]44分[ぷん]");
  });

  it("reads full-width digits and the counters of counts and pay", () => {
    expect(read("１２月２０日")).toBe("１２月[がつ]２０日[はつか]");
    expect(read("（12件）")).toBe("（12件[けん]）");
    expect(read("3人")).toBe("3人[にん]");
    expect(read("1人")).toBe("1人[ひとり]");
    expect(read("1,200円")).toBe("1,200円[えん]");
  });

  it("gives back the text to the letter and leaves other kanji without a reading", () => {
    for (const text of ["2026年12月5日（土） 10:00〜12:00", "月曜日", "会場 12月", "", "（土曜）"]) {
      expect(segmentsText(dateSegments(text))).toBe(text);
    }
    expect(read("月曜日")).toBe("月曜日");
    expect(read("（土曜）")).toBe("（土曜）");
  });
});

describe("dateReadings", () => {
  it("keeps only texts with a reading, each as its own key", () => {
    const readings = dateReadings(["2026年12月", "10:00", null, "__proto__", "3件"]);
    expect(Object.keys(readings)).toEqual(["2026年12月", "3件"]);
    expect(bracketed(readings["3件"])).toBe("3件[けん]");
  });
});

// Marker recognition tables: what starts a provision, and the look-alikes that must not.
import { describe, expect, it } from "vitest";
import { articleAt } from "../../src/structure/articles.js";
import { enumeratorAt } from "../../src/structure/enumerators.js";
import { parseKanjiNumber } from "../../src/structure/numerals.js";

describe("enumerators", () => {
  const valid: [string, string, number, boolean][] = [
    ["(1) 事故の内容", "paren-arabic", 1, false],
    ["（12）発生日時", "paren-arabic", 12, false],
    ["⑶ 講じた措置", "paren-arabic", 3, false],
    ["② 前項の報告は", "circled", 2, false],
    ["①受託者は", "circled", 1, false],
    ["2. 甲は", "arabic-dot", 2, false],
    ["3．乙は", "arabic-dot", 3, false],
    ["4.セゾンは", "arabic-dot", 4, false],
    ["2 前項の", "arabic", 2, false],
    ["2前項第1号から", "arabic", 2, true],
    ["1（秘密保持の誓約）", "arabic", 1, false],
    ["一 保有情報", "kanji", 1, false],
    ["十二、漏えい", "kanji", 12, false],
    ["一大学、短期大学", "kanji", 1, true],
    ["イ 当該情報", "kana", 1, false],
    ["（ア）件数", "paren-kana", 36, false],
    ["a. the first", "latin", 1, false],
  ];
  it.each(valid)("%s → %s %i", (text, style, value, glued) => {
    const e = enumeratorAt(text, 0);
    expect(e).toMatchObject({ style, value, glued });
  });

  it("gives ア its gojūon value beside the iroha one", () => {
    expect(enumeratorAt("ア 件数", 0)).toMatchObject({ style: "kana", gojuonValue: 1 });
  });

  const invalid = [
    "2024年4月1日",
    "1.5倍",
    "3,200円",
    "一部の業務",
    "一切の責任",
    "第1条",
    "25年法律",
    "甲は",
    "1",
    "(以下「甲」)",
  ];
  it.each(invalid)("%s is no enumerator", (text) => {
    expect(enumeratorAt(text, 0)).toBeUndefined();
  });
});

describe("articles", () => {
  it("reads the number, 「の2」 and kanji numerals, and the heading after it", () => {
    const t1 = "第3条（報告）乙は";
    expect(articleAt(t1, 0, t1.length, false)).toMatchObject({
      number: "3",
      value: 3,
      heading: { start: 4, end: 6 },
    });
    const t2 = "第十二条の二（協力）";
    expect(articleAt(t2, 0, t2.length, false)).toMatchObject({ number: "12の2", value: 12 });
    const t3 = "第13条 準拠法";
    expect(articleAt(t3, 0, t3.length, false)?.heading).toEqual({ start: 5, end: 8 });
    const t4 = "第1条この規程は、利用について定める。";
    expect(articleAt(t4, 0, t4.length, false)).toMatchObject({ number: "1", bodyStart: 3 });
    expect(articleAt(t4, 0, t4.length, false)?.heading).toBeUndefined();
  });

  it.each([
    "第5条の規定により",
    "第3条第2項",
    "第3条に定める",
    "第3条、第4条",
    "第3条及び第4条",
    "（第1条・第2条）",
  ])("%s is a reference, not an article", (text) => {
    const at = text.indexOf("第");
    expect(articleAt(text, at, text.length, false)).toBeUndefined();
  });

  it("reads 第N without 条 at a line start (特記事項): 「第4 乙は」「第4の2（公表）」「第一」 alone", () => {
    const t1 = "第4 乙は、直ちに報告する。";
    expect(articleAt(t1, 0, t1.length, false)).toMatchObject({ number: "4", bare: true, bodyStart: 3 });
    const t2 = "第4の2（公表）甲は";
    expect(articleAt(t2, 0, t2.length, false)).toMatchObject({
      number: "4の2",
      value: 4,
      bare: true,
      heading: { start: 5, end: 7 },
    });
    expect(articleAt("第一", 0, 2, false)).toMatchObject({ number: "1", bare: true });
    expect(articleAt("第3条 乙は", 0, 6, false)?.bare).toBeUndefined();
  });

  it.each(["第三者は、", "第2 項の規定により", "第1 章 総則", "第2回の会議", "第4乙は"])(
    "%s is no article without 条",
    (text) => {
      expect(articleAt(text, 0, text.length, false)).toBeUndefined();
    },
  );

  it("never reads 第N without 条 in mid-line", () => {
    expect(articleAt("第4 乙は", 0, 5, true)).toBeUndefined();
  });

  it("is stricter in mid-line: 「第7条で」「第3条中」 are references", () => {
    expect(articleAt("第7条で究明した", 0, 8, true)).toBeUndefined();
    expect(articleAt("第3条中「甲」", 0, 7, true)).toBeUndefined();
    expect(articleAt("第4条当社の役職員は", 0, 10, true)).toMatchObject({ number: "4" });
  });
});

describe("kanji numerals", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
    ["百一", 101],
    ["一〇", 10],
    ["二〇二四", 2024],
  ])("%s = %i", (s, n) => expect(parseKanjiNumber(s)).toBe(n));
});

import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.js";

const split = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits on 。 and line breaks and trims", () => {
    expect(split("乙は報告する。甲は確認する。\n　次の行")).toEqual([
      "乙は報告する。",
      "甲は確認する。",
      "次の行",
    ]);
  });

  it("does not split at a 。 inside brackets (seed 000 #1: 「…事案を含む。）」)", () => {
    expect(split("事故（違反のおそれのある事案を含む。）が発生した場合は、報告する。")).toEqual([
      "事故（違反のおそれのある事案を含む。）が発生した場合は、報告する。",
    ]);
  });

  it("starts a sentence at an inline item marker after a space, not at 第 1 項 or 10 人", () => {
    expect(split("次の対応を行う。(1) 被害の拡大の防止 (2) 事実関係の調査 3 影響範囲の特定")).toEqual([
      "次の対応を行う。",
      "(1) 被害の拡大の防止",
      "(2) 事実関係の調査",
      "3 影響範囲の特定",
    ]);
    expect(split("第 1 項の本人の数が 10 人以上である場合")).toEqual([
      "第 1 項の本人の数が 10 人以上である場合",
    ]);
  });

  it("treats a full-width period after a digit as an item marker, not a sentence end", () => {
    expect(split("１．当社は報告します．次")).toEqual(["１．当社は報告します．", "次"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { isClausegapError } from "../../src/core/errors.js";
import {
  getTokenizer,
  type KuromojiTokenizer,
  memoTokenizer,
  resetTokenizer,
  sentencesOf,
  splitPieces,
  tokenizeSpan,
} from "../../src/nlp/index.js";
import { MAX_PIECE_LENGTH } from "../../src/nlp/pieces.js";

describe("getTokenizer", () => {
  it("shares one load between concurrent callers", async () => {
    resetTokenizer();
    const [a, b] = await Promise.all([getTokenizer(), getTokenizer()]);
    expect(a).toBe(b);
  });

  it("fails with a typed error on a missing dictionary and retries on the next call", async () => {
    resetTokenizer();
    const failure = await getTokenizer("/nonexistent/kuromoji/dict").catch((e: unknown) => e);
    expect(isClausegapError(failure) && failure.code).toBe("TOKENIZER_UNAVAILABLE");
    const tokenizer = await getTokenizer();
    expect(tokenizer.tokenize("報告する").length).toBeGreaterThan(0);
  });
});

describe("tokens", () => {
  let tokenizer: KuromojiTokenizer;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
  });

  it("gives UTF-16 spans that slice to each surface, also after a surrogate pair", () => {
    const text = "前置き。𠮷野家の個人情報が漏えいしたときは、直ちに報告する。";
    const start = text.indexOf("𠮷");
    const tokens = tokenizeSpan(tokenizer, text, { start, end: text.length });
    for (const t of tokens) expect(text.slice(t.span.start, t.span.end)).toBe(t.surface);
    const report = tokens.find((t) => t.surface === "報告");
    expect(report?.span.start).toBe(text.indexOf("報告"));
    expect(tokens[0]?.span.start).toBe(start);
  });

  it("reads base forms and parts of speech (報告し → する)", () => {
    const text = "乙は直ちに甲に報告しなければならない。";
    const tokens = tokenizeSpan(tokenizer, text, { start: 0, end: text.length });
    const verb = tokens.find((t) => t.surface === "し");
    expect(verb?.baseForm).toBe("する");
    expect(verb?.pos[0]).toBe("動詞");
  });

  it("keeps sentences inside the clause span", () => {
    const text = "外の文。乙は報告する。乙は協力する。外の文。";
    const within = { start: 4, end: 18 };
    const sentences = sentencesOf(tokenizer, text, within);
    expect(sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual([
      "乙は報告する。",
      "乙は協力する。",
    ]);
    for (const s of sentences) for (const t of s.tokens) expect(t.span.end).toBeLessThanOrEqual(within.end);
  });
});

describe("memoTokenizer", () => {
  it("gives the bare tokenizer's tokens and asks kuromoji once per distinct piece", async () => {
    const tokenizer = await getTokenizer();
    const pieces: string[] = [];
    const counting = {
      tokenize: (piece: string) => {
        pieces.push(piece);
        return tokenizer.tokenize(piece);
      },
    };
    const memo = memoTokenizer(counting);
    const text = "乙は、直ちに甲に報告する。乙は、直ちに甲に通知する。";
    const whole = { start: 0, end: text.length };
    expect(tokenizeSpan(memo, text, whole)).toEqual(tokenizeSpan(tokenizer, text, whole));
    // 「乙は、」「直ちに」… twice in the text: each distinct piece reaches kuromoji once.
    expect(pieces.length).toBe(new Set(pieces).size);
    expect(pieces.filter((p) => p === "乙は、")).toHaveLength(1);
  });
});

describe("splitPieces", () => {
  it("cuts at 、。 spaces and newlines", () => {
    const text = "乙は、漏えいを知ったときは。直ちに 報告\nする";
    const pieces = splitPieces(text, { start: 0, end: text.length }).map((p) => text.slice(p.start, p.end));
    expect(pieces).toEqual(["乙は、", "漏えいを知ったときは。", "直ちに ", "報告\n", "する"]);
  });

  it("caps long stretches without punctuation, covers the span exactly and keeps surrogate pairs whole", () => {
    const text = `${"個人情報の取扱いに関する𠮷".repeat(20)}報告`;
    const pieces = splitPieces(text, { start: 0, end: text.length });
    expect(pieces[0]?.start).toBe(0);
    expect(pieces.at(-1)?.end).toBe(text.length);
    for (const [i, p] of pieces.entries()) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_PIECE_LENGTH + 1);
      if (i > 0) expect(p.start).toBe(pieces[i - 1]?.end);
      const first = text.charCodeAt(p.start);
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
    }
  });
});

// segments(): sentences end at 。 outside brackets and at line ends, trimmed; a bracket left open for
// 200 characters stops hiding 。. Checked against a plain per-character reading of those rules.
import { describe, expect, it } from "vitest";
import { segments } from "../../src/compare/segments.js";
import type { Span } from "../../src/core/span.js";
import { randomText, seeded } from "../helpers/random.js";

/** The rules read one character at a time, as simply as they can be written (the oracle). */
function oracle(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const blank = (ch: string | undefined) => ch !== undefined && /[\s\u3000]/.test(ch);
  const push = (s: number, e: number) => {
    while (s < e && blank(text[s])) s++;
    while (e > s && blank(text[e - 1])) e--;
    if (s < e) out.push({ start: s, end: e });
  };
  let depth = 0;
  let openedAt = 0;
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch !== undefined && "（(「『【".includes(ch)) {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (ch !== undefined && "）)」』】".includes(ch) && depth > 0) depth--;
    if (ch === "\n" || (depth > 0 && i - openedAt > 200)) depth = 0;
    if (ch === "\n" || (ch === "。" && depth === 0)) {
      push(start, ch === "。" ? i + 1 : i);
      start = i + 1;
    }
  }
  push(start, span.end);
  return out;
}

describe("segments", () => {
  it("splits at 。 and line ends, keeps 。 inside brackets, and trims blanks", () => {
    const text =
      "　第1条（定義）\n本書で「秘密情報」（以下「情報」という。）とは、次のものをいう。 (1) 顧客名簿\n";
    const quotes = segments(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(quotes).toEqual([
      "第1条（定義）",
      "本書で「秘密情報」（以下「情報」という。）とは、次のものをいう。",
      "(1) 顧客名簿",
    ]);
  });

  it("lets 。 end a sentence again 200 characters after a bracket that never closes", () => {
    const text = `（${"あ".repeat(250)}。次の文。`;
    const quotes = segments(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(quotes).toEqual([`（${"あ".repeat(250)}。`, "次の文。"]);
  });

  it("agrees with the per-character rules on random texts and spans", () => {
    const alphabet = [
      "あ",
      "漢",
      "。",
      "、",
      "\n",
      " ",
      "\u3000",
      "\t",
      "（",
      "）",
      "(",
      ")",
      "「",
      "」",
      "『",
      "』",
      "【",
      "】",
      "a",
    ];
    const next = seeded(11);
    for (let n = 0; n < 500; n++) {
      const length = next() % 400;
      const text = randomText(next, alphabet, length);
      const start = length ? next() % length : 0;
      const end = start + (next() % (length - start + 5)); // may run past the text
      expect(segments(text, { start, end })).toEqual(oracle(text, { start, end }));
    }
  });
});

// kuromoji as the analysis runs it (lattice.ts: fast lattice build; features.ts: features decoded
// once per word) must give exactly the tokens of kuromoji as shipped: every field, on every kind of
// text, including the texts it hands back to kuromoji's own build.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeContract } from "../../bench/corpus.js";
import { fromRoot } from "../../src/core/paths.js";
import { withStockKuromoji } from "../../src/nlp/lattice.js";
import { getTokenizer, type KuromojiTokenizer } from "../../src/nlp/tokenizer.js";
import { randomText, seeded } from "../helpers/random.js";

let tokenizer: KuromojiTokenizer;
beforeAll(async () => {
  tokenizer = await getTokenizer();
}, 30_000);

/** The same tokens, or both throw (kuromoji fails on NUL and lone surrogates; normalize removes them). */
function expectSameTokens(text: string): void {
  let stock: unknown;
  try {
    stock = withStockKuromoji(tokenizer, () => tokenizer.tokenize(text));
  } catch {
    expect(() => tokenizer.tokenize(text), JSON.stringify(text)).toThrow();
    return;
  }
  expect(tokenizer.tokenize(text), JSON.stringify(text)).toEqual(stock);
}

/** Every .txt under fixtures/ (contracts, labelled clauses, broken and odd inputs); the bench's contract. */
function fixtureTexts(dir = fromRoot("fixtures")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return fixtureTexts(file);
    return e.name.endsWith(".txt") ? [readFileSync(file, "utf8")] : [];
  });
}

describe("fast kuromoji", () => {
  it("is what the shared tokenizer runs, and withStockKuromoji runs kuromoji as shipped", () => {
    const t = tokenizer as unknown as { viterbi_builder: { build: unknown }; tokenizeForSentence: unknown };
    const stockBuild = Object.getPrototypeOf(t.viterbi_builder).build;
    const stockSentence = Object.getPrototypeOf(t).tokenizeForSentence;
    expect(t.viterbi_builder.build).not.toBe(stockBuild);
    expect(t.tokenizeForSentence).not.toBe(stockSentence);
    withStockKuromoji(tokenizer, () => {
      expect(t.viterbi_builder.build).toBe(stockBuild);
      expect(t.tokenizeForSentence).toBe(stockSentence);
    });
  });

  it("hands out fresh tokens: changing one leaves the next tokenization of the same words as it was", () => {
    const first = tokenizer.tokenize("受託者は直ちに報告する。");
    const again = structuredClone(first);
    for (const t of first) Object.assign(t, { pos: "changed", basic_form: "changed" });
    expect(tokenizer.tokenize("受託者は直ちに報告する。")).toEqual(again);
  });

  it("gives kuromoji's own tokens on every line of the fixtures", () => {
    const lines = [...fixtureTexts(), makeContract(20_000)].flatMap((t) => t.split("\n"));
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) expectSameTokens(line);
  });

  it.each([
    ["empty", ""],
    ["ASCII words, digits and symbols", "Article 12(3): fees USD 1,000.50 — see https://example.com/a?b=c"],
    ["unknown katakana and alphabet runs", "ザッツノンリファンダブルパッケージXYZABCプロダクト"],
    ["full-width digits and Latin", "第１２条　ＡＢＣ株式会社は１０営業日以内に報告する。"],
    ["Kangxi radicals and compatibility ideographs", "⽇本の⼈事 豈更 ＃＄％"],
    ["two-byte UTF-8 (Latin-1, Greek, Cyrillic)", "café naïve αβγ Жук ©®"],
    ["control characters", "a\u0001b\u001fc\td\re\u007f"],
    ["a character outside the BMP (kuromoji's own build)", "𠮷野家の契約書に𩸽と記載する"],
    ["emoji", "報告😀する👍🏻"],
    ["one character", "甲"],
    ["long unbroken kanji run", "個人情報保護委員会規則施行細則改正".repeat(30)],
  ])("gives kuromoji's own tokens: %s", (_name, text) => {
    expectSameTokens(text);
  });

  it.each([
    ["NUL", "甲\u0000乙"],
    ["a lone high surrogate", "報告😀する\ud83d"],
  ])("fails where kuromoji fails: %s", (_name, text) => {
    expect(() => withStockKuromoji(tokenizer, () => tokenizer.tokenize(text))).toThrow();
    expect(() => tokenizer.tokenize(text)).toThrow();
  });

  it("gives kuromoji's own tokens on random mixes of Japanese, ASCII and symbols", () => {
    const alphabet = "甲乙のはにをが、。報告漏えい事故ア イウエオカタナ123ＡＢＣabc（）「」・ー〜\u3000";
    const next = seeded(7);
    for (let n = 0; n < 300; n++) expectSameTokens(randomText(next, alphabet, next() % 60));
  });

  it("restores the fast path after running kuromoji as shipped, even when that threw", () => {
    expect(() =>
      withStockKuromoji(tokenizer, () => {
        throw new Error("inside");
      }),
    ).toThrow("inside");
    const t = tokenizer as unknown as { viterbi_builder: object };
    expect(Object.hasOwn(t.viterbi_builder, "build")).toBe(true);
    expect(Object.hasOwn(t, "tokenizeForSentence")).toBe(true);
  });
});

// The fast lattice builder must give kuromoji exactly the lattice its own builder gives: same
// tokens (every field) on every kind of text, including the ones it hands back to kuromoji.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeContract } from "../../bench/corpus.js";
import { fromRoot } from "../../src/core/paths.js";
import { withStockLattice } from "../../src/nlp/lattice.js";
import { getTokenizer, type KuromojiTokenizer } from "../../src/nlp/tokenizer.js";

let tokenizer: KuromojiTokenizer;
beforeAll(async () => {
  tokenizer = await getTokenizer();
}, 30_000);

/** The same tokens, or both throw (kuromoji fails on NUL and lone surrogates; normalize removes them). */
function expectSameTokens(text: string): void {
  let stock: unknown;
  try {
    stock = withStockLattice(tokenizer, () => tokenizer.tokenize(text));
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

describe("fast lattice builder", () => {
  it("is what the shared tokenizer builds its lattices with", () => {
    const builder = (tokenizer as unknown as { viterbi_builder: { build: unknown } }).viterbi_builder;
    const stock = Object.getPrototypeOf(builder).build;
    expect(builder.build).not.toBe(stock);
    withStockLattice(tokenizer, () => expect(builder.build).toBe(stock));
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
    expect(() => withStockLattice(tokenizer, () => tokenizer.tokenize(text))).toThrow();
    expect(() => tokenizer.tokenize(text)).toThrow();
  });

  it("gives kuromoji's own tokens on random mixes of Japanese, ASCII and symbols", () => {
    const alphabet = "甲乙のはにをが、。報告漏えい事故ア イウエオカタナ123ＡＢＣabc（）「」・ー〜\u3000";
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let n = 0; n < 300; n++) {
      const length = next() % 60;
      const text = Array.from({ length }, () => alphabet[next() % alphabet.length]).join("");
      expectSameTokens(text);
    }
  });

  it("restores the fast builder after running kuromoji's own, even when that threw", () => {
    expect(() =>
      withStockLattice(tokenizer, () => {
        throw new Error("inside");
      }),
    ).toThrow("inside");
    const builder = (tokenizer as unknown as { viterbi_builder: object }).viterbi_builder;
    expect(Object.hasOwn(builder, "build")).toBe(true);
  });
});

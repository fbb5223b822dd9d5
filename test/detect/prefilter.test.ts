// The prefilter: a clause with no cue of any topic is never tokenized (issue 6).
import { describe, expect, it } from "vitest";
import { analyzeClauses, warmUp } from "../../src/analyze-clauses.js";
import { resetTokenizer, tokenizerRequested } from "../../src/nlp/index.js";
import { makeDocument } from "../helpers/clauses.js";

describe("prefilter", () => {
  it("does not load the tokenizer for a document without any cue", async () => {
    resetTokenizer();
    const analyzed = await analyzeClauses(
      makeDocument([
        "甲は、乙に本件業務を委託する。",
        "本契約の有効期間は一年とする。",
        "乙は、作業場所を清潔に保つ。",
      ]),
    );
    expect(tokenizerRequested()).toBe(false);
    expect(analyzed.clauses.every((c) => c.topics.length === 0 && c.obligations.length === 0)).toBe(true);
  });

  it("tokenizes a clause that has a cue in an incident context", async () => {
    resetTokenizer();
    const analyzed = await analyzeClauses(
      makeDocument(["乙は、個人情報の漏えいを知ったときは、直ちに甲に報告する。"]),
    );
    expect(tokenizerRequested()).toBe(true);
    expect(analyzed.clauses[0]?.topics.map((t) => t.topic)).toEqual(["reporting"]);
  });

  it("warmUp loads the tokenizer and the lexicon", async () => {
    resetTokenizer();
    await warmUp();
    expect(tokenizerRequested()).toBe(true);
  });
});

// Data tests of dictionaries/lexicon: schema validity, unique ids, examples and counterexamples,
// registry keys equal TopicId (STYLE.md convention 4).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { TOPIC_IDS } from "../../src/core/ids.js";
import { DETECTORS } from "../../src/detect/registry.js";
import { LEXICON_FILES, type Lexicon, lexiconPath, loadLexicon } from "../../src/lexicon/load.js";
import { type Compiled, entryHits } from "../../src/lexicon/matcher.js";
import { type BaseEntry, RegexSourceSchema } from "../../src/lexicon/schema.js";
import { getTokenizer, type KuromojiTokenizer, tokenizeSpan } from "../../src/nlp/index.js";
import { matchesSequence } from "../../src/nlp/predicate.js";

const lex: Lexicon = loadLexicon();
const ALL_FILES = [...LEXICON_FILES, ...TOPIC_IDS.map((t) => `topics/${t}.json`)];

function regexEntries(): Array<[string, Compiled<BaseEntry>]> {
  const groups: Array<[string, readonly Compiled<BaseEntry>[]]> = [
    ...Object.entries(lex.incident).map(
      ([g, e]) => [`incident/${g}`, e] as [string, readonly Compiled<BaseEntry>[]],
    ),
    ["timing", lex.timing],
    ["contents", lex.contents],
    ["form", lex.form],
    ["cost-bearer", lex.costBearer],
    ["exceptions", lex.exceptions],
    ["recipients", lex.recipients],
    ["actors", lex.actors],
    ["general", lex.general],
    ["non-duty", lex.nonDuty],
    ...Object.entries(lex.topics).map(
      ([t, e]) => [`topics/${t}`, e] as [string, readonly Compiled<BaseEntry>[]],
    ),
  ];
  return groups.flatMap(([file, entries]) =>
    entries.map((e) => [`${file}#${e.id}`, e] as [string, Compiled<BaseEntry>]),
  );
}

describe("lexicon files", () => {
  it("every file parses and validates", () => {
    for (const f of ALL_FILES)
      expect(() => JSON.parse(readFileSync(lexiconPath(f), "utf8")), f).not.toThrow();
    expect(lex.topics.reporting.length).toBeGreaterThan(0);
  });

  it("ids are unique within each file", () => {
    for (const f of ALL_FILES) {
      const ids = (JSON.parse(readFileSync(lexiconPath(f), "utf8")).entries as { id: string }[]).map(
        (e) => e.id,
      );
      expect(new Set(ids).size, f).toBe(ids.length);
    }
  });

  it("every topic has entries and a detector (registry keys equal TopicId)", () => {
    for (const t of TOPIC_IDS) expect(lex.topics[t].length, t).toBeGreaterThan(0);
    const detected = [...DETECTORS.map((d) => d.meta.id), "fault"].sort();
    expect(detected).toEqual([...TOPIC_IDS].sort());
  });

  it("rejects an invalid regular expression", () => {
    expect(RegexSourceSchema.safeParse("(unclosed").success).toBe(false);
    expect(RegexSourceSchema.safeParse("漏え?い").success).toBe(true);
  });

  it("is frozen after load", () => {
    expect(Object.isFrozen(lex.topics.reporting)).toBe(true);
    expect(Object.isFrozen(lex.topics.reporting[0])).toBe(true);
  });
});

describe("each entry matches its examples and not its counterexamples", () => {
  it.each(regexEntries())("%s", (_name, entry) => {
    for (const ex of entry.examples)
      expect(entryHits(entry, ex).length, `example 「${ex}」`).toBeGreaterThan(0);
    for (const ex of entry.counterexamples ?? [])
      expect(entryHits(entry, ex), `counterexample 「${ex}」`).toEqual([]);
  });
});

describe("modality entries match their examples as tokens", () => {
  let tokenizer: KuromojiTokenizer;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
  });
  it.each(lex.modality.map((e) => [e.id, e] as const))("%s", (_id, entry) => {
    for (const ex of entry.examples) {
      const tokens = tokenizeSpan(tokenizer, `${ex}。`, { start: 0, end: ex.length + 1 });
      const found = tokens.some((_, i) => entry.tokens.some((seq) => matchesSequence(tokens, i, seq)));
      expect(found, `「${ex}」`).toBe(true);
    }
  });
});

import { describe, expect, it } from "vitest";
import { checkDocumentInvariants, checkOffsetMap } from "../../src/core/invariants.js";
import type { ContractDocument, Provision } from "../../src/core/types.js";
import { parseText, sourceText } from "./source-text.js";

const TEXT = "第1条（目的）\n甲は、乙に委託する。\n第2条（報告）\n乙は、直ちに報告する。";

function node(id: string, start: number, end: number, children: Provision[] = []): Provision {
  return { id, kind: "article", label: id, span: { start, end }, children };
}

function withProvisions(provisions: Provision[]): ContractDocument {
  const doc = parseText(TEXT);
  return { ...doc, provisions, clauses: [] };
}

describe("document invariants", () => {
  it("a parsed document satisfies them", () => {
    expect(checkDocumentInvariants(parseText(TEXT))).toEqual([]);
  });

  it("catch a span outside the text, a child outside its parent and overlapping siblings", () => {
    const v = checkDocumentInvariants(
      withProvisions([node("a", 0, 10, [node("a1", 5, 12)]), node("b", 8, 999), node("b", 30, 31)]),
    );
    expect(v.some((m) => m.includes("a1") && m.includes("not inside its parent"))).toBe(true);
    expect(v.some((m) => m.includes("b") && m.includes("not inside the text"))).toBe(true);
    expect(v.some((m) => m.includes("overlaps"))).toBe(true);
    expect(v.some((m) => m.includes("duplicate provision id b"))).toBe(true);
  });

  it("catch a clause whose text is not its span's slice, and clauses out of order", () => {
    const doc = parseText(TEXT);
    const [c1, c2] = doc.clauses;
    const broken = { ...doc, clauses: [c2!, { ...c1!, text: `${c1!.text}x` }] };
    const v = checkDocumentInvariants(broken);
    expect(v.some((m) => m.includes("text differs"))).toBe(true);
    expect(v.some((m) => m.includes("overlaps or follows"))).toBe(true);
  });

  it("catch an offset map that goes backwards or leaves the source", () => {
    const source = sourceText("abc");
    const normalized = { text: "abc", source, map: { toSource: (o: number) => 5 - o }, diagnostics: [] };
    const v = checkOffsetMap(normalized);
    expect(v.some((m) => m.includes("outside"))).toBe(true);
    expect(v.some((m) => m.includes("not monotone"))).toBe(true);
  });
});

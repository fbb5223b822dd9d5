// Oversized clauses are analysed in parts (structure/oversized.ts), and ids stay unique and cheap when
// one number repeats thousands of times.
import { describe, expect, it } from "vitest";
import { assertDocumentInvariants } from "../../src/core/invariants.js";
import { MAX_CLAUSE_CHARS, MAX_RUN_CHARS } from "../../src/structure/oversized.js";
import { parseText } from "../core/source-text.js";

describe("oversized clauses", () => {
  it("a clause of real length stays whole", () => {
    const doc = parseText(
      `第1条（定義）\n${"一 「情報」とは、業務上知り得た一切の情報をいう。\n".repeat(80)}`,
    );
    expect(doc.clauses.map((c) => c.label)).toEqual(["第1条"]);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain("STRUCTURE_CLAUSE_SPLIT");
  });

  it("a clause longer than the limit is cut at line ends into parts with the same heading", () => {
    const line = "乙は、個人情報の漏えいを知ったときは、直ちに甲に報告する。\n";
    const doc = parseText(`第1条（報告）\n${line.repeat(500)}第2条（協議） 甲乙協議する。`);
    assertDocumentInvariants(doc);
    const parts = doc.clauses.filter((c) => c.label.startsWith("第1条"));
    // 500 lines of 30 characters: the parts end at the last line end before 6,000 characters (199, 200
    // and 101 lines).
    expect(parts.length).toBe(3);
    expect(parts[0]).toMatchObject({ id: "art-1", label: `第1条（分割1/${parts.length}）`, heading: "報告" });
    expect(parts[1]).toMatchObject({
      id: "art-1~2",
      label: `第1条（分割2/${parts.length}）`,
      heading: "報告",
    });
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_CLAUSE_CHARS);
      expect(p.text.endsWith("。")).toBe(true); // cut at a line end, never inside a sentence
    }
    expect(parts.map((p) => p.text).join("\n")).toBe(
      doc.text.slice(parts[0]!.span.start, parts.at(-1)!.span.end),
    );
    expect(doc.clauses.at(-1)?.label).toBe("第2条");
    expect(doc.diagnostics.map((d) => d.code)).toContain("STRUCTURE_CLAUSE_SPLIT");
  });

  it("a run without 。 or line break longer than a sentence can be is cut at 、 into short parts", () => {
    const doc = parseText(`第1条 乙は、${"漏えい、滅失又は毀損".repeat(400)}を報告する。`);
    assertDocumentInvariants(doc);
    expect(doc.clauses.length).toBeGreaterThan(4);
    for (const c of doc.clauses) expect(c.text.length).toBeLessThanOrEqual(MAX_RUN_CHARS);
    for (const c of doc.clauses.slice(0, -1)) expect(c.text.endsWith("、")).toBe(true);
  });

  it("never cuts between the halves of a surrogate pair", () => {
    const doc = parseText(`第1条 ${"𠮷".repeat(3000)}`);
    assertDocumentInvariants(doc);
    for (const c of doc.clauses) {
      const last = c.text.charCodeAt(c.text.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
    expect(doc.clauses.map((c) => c.text).join("")).toBe(doc.text.slice(doc.clauses[0]!.span.start));
  });
});

describe("ids", () => {
  it("stay unique when one article number repeats 20,000 times, in linear time", () => {
    const text = Array.from({ length: 20_000 }, () => "第1条 乙は報告する。").join("\n");
    const started = performance.now();
    const doc = parseText(text);
    expect(performance.now() - started).toBeLessThan(5000);
    const ids = doc.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(20_000);
    expect(ids.slice(0, 3)).toEqual(["art-1", "art-1-2", "art-1-3"]);
  });
});

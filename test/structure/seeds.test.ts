// The reference documents in ../shared/seeds parse into the provisions a reader sees (skipped without them).
// Only counts and labels are asserted here: no seed text is copied into the project.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertDocumentInvariants, assertOffsetMap } from "../../src/core/invariants.js";
import { fromRoot } from "../../src/core/paths.js";
import type { ContractDocument, Provision } from "../../src/core/types.js";
import { parseText } from "../core/source-text.js";

const dir = path.resolve(fromRoot(), "../shared/seeds");

function seed(prefix: string): ContractDocument {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const doc = parseText(readFileSync(path.join(dir, file), "utf8"));
  assertDocumentInvariants(doc);
  assertOffsetMap(doc.normalized);
  return doc;
}

const articles = (doc: ContractDocument): Provision[] => doc.provisions.filter((p) => p.kind === "article");
const kids = (p: Provision, kind: string): Provision[] => p.children.filter((c) => c.kind === kind);
const numbers = (n: number): string[] => Array.from({ length: n }, (_, i) => `第${i + 1}条`);

describe.skipIf(!existsSync(dir))("seeds", () => {
  it("003: 13 articles, each with its heading, 項 and 号 where the text numbers them, and a signature block", () => {
    const doc = seed("003");
    const arts = articles(doc);
    expect(arts.map((a) => a.label)).toEqual(numbers(13));
    expect(arts.every((a) => a.heading && a.heading.length > 0)).toBe(true);
    expect(arts.map((a) => kids(a, "paragraph").length)).toEqual([0, 2, 3, 2, 2, 2, 0, 2, 0, 0, 3, 0, 0]);
    const [art2, art3, art4] = [arts[1]!, arts[2]!, arts[3]!];
    expect(kids(art2, "paragraph").map((p) => kids(p, "item").length)).toEqual([5, 5]);
    expect(kids(kids(art3, "paragraph")[1]!, "item").map((i) => i.label)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `第3条第2項第${n}号`),
    );
    expect(kids(kids(art4, "paragraph")[1]!, "item")).toHaveLength(8);
    expect(doc.provisions.at(-1)?.kind).toBe("signature");
    expect(doc.clauses).toHaveLength(1 + 22); // 前文 + one per 項 (an article without 項 is one)
    expect(doc.clauses.some((c) => c.text.includes("記名押印"))).toBe(false);
    expect(doc.title).toBeTruthy();
    expect(doc.parties.map((p) => [p.alias, p.role])).toEqual([
      ["甲", "mutual"],
      ["乙", "mutual"],
    ]);
  });

  it("004: 13 articles; the (ア)(イ) under 第1条 item (1) stay inside it", () => {
    const doc = seed("004");
    const arts = articles(doc);
    expect(arts.map((a) => a.label)).toEqual(numbers(13));
    const items = kids(arts[0]!, "item");
    expect(items.map((i) => i.label)).toEqual(["第1条第1号", "第1条第2号", "第1条第3号", "第1条第4号"]);
    expect(kids(items[0]!, "item").map((i) => i.label)).toEqual(["第1条第1号ア", "第1条第1号イ"]);
    expect(kids(arts[12]!, "paragraph")).toHaveLength(6);
    expect(doc.provisions[0]?.kind).toBe("preamble");
    expect(doc.provisions.at(-1)?.kind).toBe("signature"); // 以上 and what follows are not analysed
    expect(Object.fromEntries(doc.parties.map((p) => [p.alias, p.role]))).toMatchObject({
      当社: "handler",
      ユーザー: "discloser",
    });
  });

  it("001 (PDF text in a web capture): 第1条…第15条 in order, the wrapper skipped with a warning", () => {
    const doc = seed("001");
    expect(articles(doc).map((a) => a.label)).toEqual(numbers(15));
    expect(articles(doc).every((a) => a.heading)).toBe(true);
    const codes = doc.normalized.diagnostics.map((d) => d.code);
    expect(codes).toContain("WEB_CAPTURE_WRAPPER_SKIPPED");
    expect(codes).toContain("PDF_FOOTNOTES_REMOVED");
    expect(doc.text).not.toContain("Similar documents");
    expect(doc.text).not.toMatch(/第 [0-9]+ 条/);
    expect(doc.provisions.at(-1)?.kind).toBe("supplementary");
    expect(doc.parties.find((p) => p.alias === "当社")?.role).toBe("discloser"); // its own rules
  });

  it("000: one unit per 「事故時の対応.」 line (10), numbered sub-paragraphs as their own clauses", () => {
    const doc = seed("000");
    const units = doc.provisions.filter((p) => p.kind === "clause");
    expect(units).toHaveLength(10);
    expect(new Set(units.map((u) => u.heading)).size).toBe(1);
    expect(units.map((u) => kids(u, "paragraph").length)).toEqual([0, 0, 4, 0, 1, 0, 3, 0, 2, 2]);
    expect(doc.clauses).toHaveLength(5 + (4 + 1 + 3 + 2 + 2));
    for (const c of doc.clauses) {
      const unit = units.find((u) => u.span.start <= c.span.start && c.span.end <= u.span.end);
      expect(unit, c.id).toBeDefined();
    }
  });
});

// Real third-party files (../shared/real-files, skipped without them) go through ingest → normalize →
// structure: every readable file parses soundly, and the artefacts SOURCES.md lists are repaired.
// Only counts, labels and codes are asserted: no text of these files is copied into the project.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isClausegapError } from "../../src/core/errors.js";
import { assertDocumentInvariants, assertOffsetMap } from "../../src/core/invariants.js";
import { fromRoot } from "../../src/core/paths.js";
import type { ContractDocument, Provision } from "../../src/core/types.js";
import { ingest } from "../../src/ingest/index.js";
import { normalize } from "../../src/normalize/index.js";
import { structure } from "../../src/structure/index.js";

const dir = path.resolve(fromRoot(), "../shared/real-files");
/** Refused by ingest with a typed error (SOURCES.md: Type 3 fonts, outlined text). */
const REFUSED = new Set(["nig-supercomputer-rules-2025-type3.pdf", "jswa-booth-tour-rules-outlined.pdf"]);

const docs = new Map<string, ContractDocument>();

async function parseFile(file: string): Promise<ContractDocument> {
  const source = await ingest(new Uint8Array(readFileSync(path.join(dir, file))));
  return structure(normalize(source));
}

const labels = (nodes: readonly Provision[], kind: string) =>
  nodes.filter((p) => p.kind === kind).map((p) => p.label);
const seq = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i + 1));
const get = (file: string) => docs.get(file)!;

describe.skipIf(!existsSync(dir))("real files", () => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith(".md")) : [];

  beforeAll(async () => {
    for (const f of files) {
      if (REFUSED.has(f)) continue;
      docs.set(f, await parseFile(f));
    }
  }, 120_000);

  it("every readable file gives a sound document with clauses; the unreadable ones a typed error", async () => {
    for (const f of files) {
      if (REFUSED.has(f)) {
        await expect(parseFile(f)).rejects.toSatisfy(isClausegapError);
        continue;
      }
      const doc = get(f);
      assertDocumentInvariants(doc);
      assertOffsetMap(doc.normalized);
      expect(doc.clauses.length, f).toBeGreaterThan(0);
      expect(
        doc.normalized.diagnostics.map((d) => d.code),
        f,
      ).not.toContain("NORMALIZE_PASS_SKIPPED");
      expect(
        doc.diagnostics.map((d) => d.code),
        f,
      ).not.toContain("STRUCTURE_FALLBACK");
    }
  });

  it("#5: three parts each restarting at 第1条 get unique ids (本文 14, 別紙1 12, 別紙2 8 articles)", () => {
    const doc = get("mct-used-device-terms.pdf");
    expect(labels(doc.provisions, "article")).toEqual(seq(14, (i) => `第${i}条`));
    const appendices = doc.provisions.filter((p) => p.kind === "appendix");
    expect(appendices.map((a) => a.label)).toEqual(["別紙1", "別紙2"]);
    expect(labels(appendices[0]!.children, "article")).toEqual(seq(12, (i) => `別紙1第${i}条`));
    expect(labels(appendices[1]!.children, "article")).toEqual(seq(8, (i) => `別紙2第${i}条`));
    expect(doc.text).not.toMatch(/第 [0-9]+ 条/); // Word-exported PDF: spaces inside the number removed
  });

  it("#7 and #14, one document as PDF and as DOCX, give the same clause labels", () => {
    const pdf = get("spc-outsourcing-contract.pdf");
    const docx = get("spc-outsourcing-contract.docx");
    expect(labels(pdf.provisions, "article")).toEqual(seq(15, (i) => `第${i}条`));
    expect(pdf.clauses.map((c) => c.label)).toEqual(docx.clauses.map((c) => c.label));
    expect(pdf.provisions.at(-1)?.kind).toBe("signature");
    expect(pdf.parties.map((p) => [p.alias, p.role])).toEqual([
      ["甲", "discloser"],
      ["乙", "handler"],
    ]);
  });

  it("#1: 12 chapters (the table of contents is not structure), 第1条…第60条, 11 附則", () => {
    const doc = get("rois-privacy-regulation.pdf");
    const chapters = doc.provisions.filter((p) => p.kind === "chapter");
    expect(chapters.map((c) => c.label)).toEqual(seq(12, (i) => `第${i}章`));
    expect(chapters.flatMap((c) => labels(c.children, "article"))).toEqual(seq(60, (i) => `第${i}条`));
    expect(labels(doc.provisions, "supplementary")).toHaveLength(11);
  });

  it("#3 (scan with OCR): the spaced-out characters are repaired, 第1条…第15条 found", () => {
    const doc = get("nig-supercomputer-rules-scan-ocr.pdf");
    expect(doc.normalized.diagnostics.map((d) => d.code)).toContain("OCR_SPACING_REPAIRED");
    expect(labels(doc.provisions, "article")).toEqual(seq(15, (i) => `第${i}条`));
  });

  it("#9 (macOS PDF): Kangxi radicals become ordinary ideographs", () => {
    const doc = get("mitsuba-space-terms-quartz.pdf");
    expect(doc.normalized.diagnostics.map((d) => d.code)).toContain("COMPATIBILITY_CHARACTERS_NORMALIZED");
    expect(doc.text).not.toMatch(/[\u2e80-\u2fdf]/);
    expect(labels(doc.provisions, "article").length).toBeGreaterThanOrEqual(10);
  });

  it("#6 (web capture): the running file:/// header is removed from every page", () => {
    const doc = get("crossinfinity-corp-terms-webcapture.pdf");
    expect(doc.text).not.toContain("file:///");
    expect(doc.normalized.diagnostics.map((d) => d.code)).toContain("PDF_PAGE_ARTEFACTS_REMOVED");
  });

  it("#8 (pledge numbered 1（見出し）…): six numbered provisions and a signature block", () => {
    const doc = get("supota-confidentiality-pledge.pdf");
    expect(labels(doc.provisions, "paragraph")).toEqual(seq(6, (i) => `第${i}項`));
    expect(doc.provisions.filter((p) => p.kind === "paragraph").every((p) => p.heading)).toBe(true);
    expect(doc.provisions.at(-1)?.kind).toBe("signature");
  });

  it("#20 (hard-wrapped text with a BOM): lines joined, articles found", () => {
    const doc = get("monowireless-sla-ja-bom.txt");
    expect(doc.normalized.diagnostics.map((d) => d.code)).toContain("LINE_WRAPS_JOINED");
    expect(labels(doc.provisions, "article").length).toBeGreaterThanOrEqual(8);
    expect(doc.text.startsWith(" ")).toBe(false);
  });
});

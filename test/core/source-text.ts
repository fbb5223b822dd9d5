// Test helpers: a SourceText built from a string (no ingest), and the normalize → structure pipeline on it.
import { createHash } from "node:crypto";
import type { Format } from "../../src/core/ids.js";
import type { Span } from "../../src/core/span.js";
import type { ContractDocument, NormalizedText, Provision, SourceText } from "../../src/core/types.js";
import { normalize } from "../../src/normalize/index.js";
import { structure } from "../../src/structure/index.js";

export interface SourceOptions {
  readonly format?: Format;
  /** Page spans in `text` (PDF only), as ingest reports them. */
  readonly pages?: readonly Span[];
}

export function sourceText(text: string, options: SourceOptions = {}): SourceText {
  const bytes = new TextEncoder().encode(text);
  return {
    text,
    format: options.format ?? "txt",
    ...(options.format === "txt" || !options.format ? { encoding: "UTF-8" } : {}),
    ...(options.pages ? { pages: options.pages, pageCount: options.pages.length } : {}),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    byteLength: bytes.byteLength,
    diagnostics: [],
  };
}

/** PDF-like source: pages joined with "\n" as the ingest joins them, with their spans. */
export function pdfSource(pages: readonly string[]): SourceText {
  const spans: Span[] = [];
  let offset = 0;
  for (const page of pages) {
    spans.push({ start: offset, end: offset + page.length });
    offset += page.length + 1;
  }
  return sourceText(pages.join("\n"), { format: "pdf", pages: spans });
}

export function normalizeText(text: string, options: SourceOptions = {}): NormalizedText {
  return normalize(sourceText(text, options));
}

export function parseText(text: string, options: SourceOptions = {}): ContractDocument {
  return structure(normalize(sourceText(text, options)));
}

/** The provision tree as indented lines 「label（heading）」, two spaces per level. */
export function outline(doc: ContractDocument): string[] {
  const lines: string[] = [];
  const walk = (p: Provision, depth: number) => {
    lines.push(`${"  ".repeat(depth)}${p.label}${p.heading ? `（${p.heading}）` : ""}`);
    for (const c of p.children) walk(c, depth + 1);
  };
  for (const p of doc.provisions) walk(p, 0);
  return lines;
}

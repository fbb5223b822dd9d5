// Builds ContractDocuments from clause texts for nlp/detect/extract tests (the structure stage is not needed).
import type { Span } from "../../src/core/span.js";
import type { Clause, ContractDocument, Party } from "../../src/core/types.js";

export interface ClauseInput {
  readonly text: string;
  /** 「第3条第2項」; defaults to 第N条 by position. */
  readonly label?: string;
  /** "art-3-p-2"; defaults to art-N by position. */
  readonly id?: string;
  /** The article heading the clause inherits; written once per article as 「（heading）」 before it. */
  readonly heading?: string;
}

export interface DocumentOptions {
  readonly title?: string;
  readonly preamble?: string;
  readonly parties?: readonly Party[];
}

const articleOf = (id: string) => id.replace(/-p-.*$/u, "");

/**
 * A document whose clauses are the given texts, in order, separated by line breaks. A heading is
 * written on its own line before the first clause of its article and every clause of the article
 * points at it (as the structure stage does for 項).
 */
export function makeDocument(
  parts: readonly (string | ClauseInput)[],
  options: DocumentOptions = {},
): ContractDocument {
  let text = [options.title, options.preamble].filter(Boolean).join("\n");
  if (text) text += "\n";
  const headings = new Map<string, Span>();
  const clauses: Clause[] = parts.map((part, i) => {
    const input = typeof part === "string" ? { text: part } : part;
    const id = input.id ?? `art-${i + 1}`;
    let headingSpan: Span | undefined;
    if (input.heading) {
      headingSpan = headings.get(articleOf(id));
      if (!headingSpan) {
        headingSpan = { start: text.length + 1, end: text.length + 1 + input.heading.length };
        headings.set(articleOf(id), headingSpan);
        text += `（${input.heading}）\n`;
      }
    }
    const span = { start: text.length, end: text.length + input.text.length };
    text += `${input.text}\n`;
    return {
      id,
      label: input.label ?? `第${i + 1}条`,
      ...(input.heading ? { heading: input.heading, headingSpan } : {}),
      span,
      text: input.text,
    };
  });
  return {
    text,
    ...(options.title ? { title: options.title } : {}),
    provisions: [],
    clauses,
    parties: options.parties ?? [],
    normalized: {
      text,
      source: { text, format: "txt", sha256: "0".repeat(64), byteLength: text.length, diagnostics: [] },
      map: { toSource: (offset: number) => offset },
      diagnostics: [],
    },
    diagnostics: [],
  };
}

/** One clause alone: what a labelled clause file is. */
export function makeClauseDocument(text: string, parties: readonly Party[] = []): ContractDocument {
  return makeDocument([{ text, id: "c1", label: "本文" }], { parties });
}

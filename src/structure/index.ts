// STUB (to be replaced by the structure work): the whole text as one clause.
import type { ContractDocument, NormalizedText } from "../core/types.js";

export function structure(normalized: NormalizedText): ContractDocument {
  const { text } = normalized;
  const span = { start: 0, end: text.length };
  const clause = { id: "doc", label: "本文", span, text };
  return {
    text,
    provisions: [{ id: "doc", kind: "clause", label: "本文", span, children: [] }],
    clauses: [clause],
    parties: [],
    normalized,
    diagnostics: [],
  };
}

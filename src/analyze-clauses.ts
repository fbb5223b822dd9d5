// STUB (to be replaced by the detect/extract work): tokenize, detect topics and extract duties.
import type { AnalyzedDocument, ContractDocument } from "./core/types.js";

export async function analyzeClauses(document: ContractDocument): Promise<AnalyzedDocument> {
  return {
    document,
    clauses: document.clauses.map((clause) => ({ clause, topics: [], obligations: [], general: [] })),
    handlesInformation: false,
  };
}

/** Loads the tokenizer and lexicon ahead of the first analysis (once per worker thread). */
export async function warmUp(): Promise<void> {}

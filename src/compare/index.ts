// STUB (to be replaced by the compare work).
import type { AnalyzedDocument } from "../core/types.js";
import type { ReferenceBaseline } from "../reference/index.js";
import type { Finding } from "../report/schema.js";

export function compare(_analyzed: AnalyzedDocument, _baseline: ReferenceBaseline): Finding[] {
  return [];
}

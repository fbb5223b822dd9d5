// STUB (to be replaced by the normalize work): identity normalisation.
import type { NormalizedText, SourceText } from "../core/types.js";

export function normalize(source: SourceText): NormalizedText {
  return { text: source.text, source, map: { toSource: (o) => o }, diagnostics: [] };
}

// Diagnostic: a non-fatal note collected beside a result; it becomes GapReport.warnings.
import type { Bilingual } from "./errors.js";
import type { Span } from "./span.js";

export interface Diagnostic {
  /** Stable, SCREAMING_SNAKE code, e.g. `PDF_PAGE_MARKERS_REMOVED`. */
  readonly code: string;
  readonly message: Bilingual;
  readonly span?: Span;
}

export function diagnostic(code: string, ja: string, en: string, span?: Span): Diagnostic {
  return span ? { code, message: { ja, en }, span } : { code, message: { ja, en } };
}

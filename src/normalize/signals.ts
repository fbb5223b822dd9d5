// Decides which PDF repairs a text needs, from its format and from the signs it shows.
import type { Format } from "../core/ids.js";
import { isJapanese } from "./chars.js";

export interface TextSignals {
  /** Laid out in pages and lines (a PDF, or text with pdf-parse page markers): repair page artefacts and wraps. */
  readonly pdfLayout: boolean;
  /**
   * Punctuation came out as spaces (seed 001: 「事業者において 従業員等の」): more Japanese–space–Japanese
   * gaps than 、 and 。 together, and at least 5 of them. Only then are such spaces read as 、/。 and
   * footnote numbers removed; a PDF that kept its punctuation keeps its spaces (「第1章 総則」).
   */
  readonly punctuationLost: boolean;
}

const PAGE_MARKER_LINE = /^-- \d{1,5} of \d{1,5} --$/m;
const MIN_GAPS = 5;

export function readSignals(text: string, format: Format): TextSignals {
  let gaps = 0;
  let punctuation = 0;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 || c === 0x3002) punctuation++;
    else if (c === 0x20 && isJapanese(text.charCodeAt(i - 1)) && isJapanese(text.charCodeAt(i + 1))) gaps++;
  }
  return {
    pdfLayout: format === "pdf" || PAGE_MARKER_LINE.test(text),
    punctuationLost: gaps >= MIN_GAPS && gaps > punctuation,
  };
}

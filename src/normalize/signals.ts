// Decides which PDF repairs a text needs, from its format and from the signs it shows.
import type { Format } from "../core/ids.js";
import { isJapanese } from "./chars.js";

export interface TextSignals {
  /**
   * Laid out in pages and lines (a PDF, text with pdf-parse page markers, or text with 「- 1 -」「- 2 -」
   * page-number lines counting up): repair page artefacts and wraps.
   */
  readonly pdfLayout: boolean;
  /**
   * Punctuation came out as spaces (seed 001: 「事業者において 従業員等の」): more Japanese–space–Japanese
   * gaps than 、 and 。 together, and at least 5 of them. Only then are such spaces read as 、/。 and
   * footnote numbers removed; a PDF that kept its punctuation keeps its spaces (「第1章 総則」).
   */
  readonly punctuationLost: boolean;
}

const PAGE_MARKER_LINE = /^-- \d{1,5} of \d{1,5} --$/m;
/** 「- 2 -」「－２－」 alone on a line: a page number a PDF left in text pasted into a .txt file. */
export const DASHED_PAGE_NUMBER = /^[-‐－–—―] ?(\d{1,4}) ?[-‐－–—―]$/gm;

/** The offsets of dashed page-number lines, when there are at least two and they count up by one. */
export function dashedPageNumbers(text: string): number[] {
  const found: number[] = [];
  let expected: number | undefined;
  for (const m of text.matchAll(DASHED_PAGE_NUMBER)) {
    const n = Number(m[1]);
    if (expected !== undefined && n !== expected) return [];
    expected = n + 1;
    found.push(m.index);
  }
  return found.length >= 2 ? found : [];
}
const MIN_GAPS = 5;

export function readSignals(text: string, format: Format): TextSignals {
  const last = text.length - 1;
  // Jumps between the characters that count (indexOf scans natively); positions 1 … length-2 only.
  let punctuation = 0;
  for (const mark of ["、", "。"]) {
    for (let i = text.indexOf(mark, 1); i >= 0 && i < last; i = text.indexOf(mark, i + 1)) punctuation++;
  }
  let gaps = 0;
  for (let i = text.indexOf(" ", 1); i >= 0 && i < last; i = text.indexOf(" ", i + 1)) {
    if (isJapanese(text.charCodeAt(i - 1)) && isJapanese(text.charCodeAt(i + 1))) gaps++;
  }
  return {
    pdfLayout: format === "pdf" || PAGE_MARKER_LINE.test(text) || dashedPageNumbers(text).length > 0,
    punctuationLost: gaps >= MIN_GAPS && gaps > punctuation,
  };
}

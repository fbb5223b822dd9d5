// Line ranges of a text and line-level deletion, shared by the line-based passes.
import { TextEditor } from "../core/offset-map.js";
import type { PassResult } from "./pass.js";

export interface LineRange {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset of the line break (or the text end): the line is text[start, end). */
  readonly end: number;
}

export function splitLines(text: string): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl });
    start = nl + 1;
  }
}

export function isBlank(text: string, line: LineRange): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** The index of the line holding `offset` (binary search over line starts). */
export function lineIndexAt(lines: readonly LineRange[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Deletes the flagged lines with their line breaks. */
export function deleteLines(
  text: string,
  lines: readonly LineRange[],
  remove: readonly boolean[],
): PassResult {
  const ed = new TextEditor(text);
  let removed = 0;
  lines.forEach((line, i) => {
    if (!remove[i]) return;
    removed++;
    const last = i === lines.length - 1;
    // The last line has no break after it: take the one before it, if that line stays.
    if (!last) ed.replace(line.start, line.end + 1, "");
    else ed.replace(line.start > 0 && !remove[i - 1] ? line.start - 1 : line.start, line.end, "");
  });
  return { ...ed.finish(), changes: removed };
}

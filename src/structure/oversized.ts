// Oversized clauses are analysed in parts. Real clauses stay under ~3,500 characters (the longest in
// the seeds and real files is a definitions article); a clause many times longer is a text without
// usable structure (one long line, a list of thousands of items), and the later stages judge a clause
// sentence by sentence against its other sentences, which grows with the square of its length.
import { diagnostic } from "../core/diagnostics.js";
import type { Clause } from "../core/types.js";

/** Longest clause analysed as one unit. */
export const MAX_CLAUSE_CHARS = 6000;
/**
 * Longest run without 。 or a line break in a clause analysed as one unit (real sentences stay under
 * ~550 characters): a clause with a longer one is cut into parts of this size, at 、 or a space if it can.
 */
export const MAX_RUN_CHARS = 1000;

export const CLAUSES_SPLIT = diagnostic(
  "STRUCTURE_CLAUSE_SPLIT",
  `${MAX_CLAUSE_CHARS.toLocaleString("en-US")} 文字を超える条項、または句点も改行もなく ${MAX_RUN_CHARS.toLocaleString("en-US")} 文字を超えて続く条項を、区切りのよい位置で分割して解析しました。`,
  `Clauses longer than ${MAX_CLAUSE_CHARS} characters, or running over ${MAX_RUN_CHARS} characters without 。 or a line break, were analysed in parts.`,
);

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x3000;
}

/** A stretch without 。 or line break longer than MAX_RUN_CHARS (indexOf on the clause: native, linear). */
function hasLongRun(clauseText: string): boolean {
  let dot = nextOf(clauseText, "。", 0);
  let nl = nextOf(clauseText, "\n", 0);
  for (let from = 0; from < clauseText.length; ) {
    // Each mark is searched again only once passed, so the clause is read once.
    if (dot < from) dot = nextOf(clauseText, "。", from);
    if (nl < from) nl = nextOf(clauseText, "\n", from);
    const stop = Math.min(dot, nl);
    if (stop - from > MAX_RUN_CHARS) return true;
    from = stop + 1;
  }
  return false;
}

function nextOf(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

/** Where the part starting at `start` ends: the last line end, 。, 、 or space in its second half; else the limit. */
function cutAt(text: string, start: number, end: number, max: number): number {
  if (end - start <= max) return end;
  const from = start + max / 2;
  const window = text.slice(from, start + max);
  for (const mark of ["\n", "。", "、", " "]) {
    const at = window.lastIndexOf(mark);
    if (at >= 0) return from + at + 1;
  }
  const limit = start + max;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit + 1 : limit; // never between the halves of 𠮷
}

/** The parts' spans, without blanks at their edges (every part holds text: it starts at a non-blank). */
function partSpans(text: string, clause: Clause, max: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = clause.span.start;
  while (start < clause.span.end) {
    const cut = cutAt(text, start, clause.span.end, max);
    let end = cut;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
    start = cut;
    while (start < clause.span.end && isBlank(text.charCodeAt(start))) start++;
  }
  return spans;
}

/** The clause itself, or its parts: ids art-3, art-3~2 …, labels 第3条（分割1/4）…, the same heading. */
export function splitOversized(text: string, clause: Clause): Clause[] {
  const { start, end } = clause.span;
  if (end - start <= MAX_RUN_CHARS) return [clause];
  const longRun = hasLongRun(clause.text);
  if (end - start <= MAX_CLAUSE_CHARS && !longRun) return [clause];
  const spans = partSpans(text, clause, longRun ? MAX_RUN_CHARS : MAX_CLAUSE_CHARS);
  return spans.map((span, i) => ({
    ...clause,
    id: i === 0 ? clause.id : `${clause.id}~${i + 1}`,
    label: `${clause.label}（分割${i + 1}/${spans.length}）`,
    span,
    text: text.slice(span.start, span.end),
  }));
}

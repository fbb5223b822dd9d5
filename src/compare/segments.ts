// Splits a clause into sentences and lines (items) with absolute spans: the unit of evidence quotes.
import type { Span } from "../core/span.js";

/** /[\s\u3000]/ by code: a regex test needs a one-character string per character (an allocation each). */
function isBlank(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : undefined;
}

/** （ ( 「 『 【 and their closers. */
const OPEN = new Set([0xff08, 0x28, 0x300c, 0x300e, 0x3010]);
const CLOSE = new Set([0xff09, 0x29, 0x300d, 0x300f, 0x3011]);
const NEWLINE = 0x0a;
const MARU = 0x3002; // 。
/** A bracket left open this long is a stray (a PDF line lost its closing bracket): 。 ends again. */
const MAX_BRACKET = 200;

/** Tracks bracket depth so that a 。 inside 「（以下「秘密情報」という。）」 ends no sentence. */
class Brackets {
  private depth = 0;
  private openedAt = 0;

  /** Reads one character (its UTF-16 code); true when it ends a sentence or a line. */
  ends(c: number, at: number): boolean {
    if (OPEN.has(c)) {
      if (this.depth === 0) this.openedAt = at;
      this.depth++;
    } else if (CLOSE.has(c) && this.depth > 0) this.depth--;
    if (c === NEWLINE || (this.depth > 0 && at - this.openedAt > MAX_BRACKET)) this.depth = 0;
    return c === NEWLINE || (c === MARU && this.depth === 0);
  }
}

/**
 * The last document's segments by span: units ask for a clause's sentences once per duty and per topic,
 * which grew with the square of the clause (a hang on a clause of thousands of items).
 */
let memoText: string | undefined;
/** start → end → segments (numbers as keys: no key string built on each of the many lookups). */
const memo = new Map<number, Map<number, readonly Span[]>>();

/** Sentences (ending at 。 outside brackets) and lines of `span` in `text`, trimmed, in order, non-overlapping. */
export function segments(text: string, span: Span): readonly Span[] {
  if (text !== memoText) memo.clear();
  // Also when the text is equal: the same contract analysed again comes as another string, and
  // `!==` between two string objects compares every character, on each of the thousands of calls
  // per document (quadratic: a 450 KB contract analysed twice spent 0.9 s here). Once it holds this
  // object, the next comparison is by identity.
  memoText = text;
  let byEnd = memo.get(span.start);
  if (!byEnd) {
    byEnd = new Map();
    memo.set(span.start, byEnd);
  }
  let cached = byEnd.get(span.end);
  if (!cached) {
    cached = computeSegments(text, span);
    byEnd.set(span.end, cached);
  }
  return cached; // shared: callers only read it
}

function computeSegments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const brackets = new Brackets();
  let start = span.start;
  const end = Math.min(span.end, text.length);
  for (let i = span.start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!brackets.ends(c, i)) continue;
    const seg = trimmed(text, start, c === MARU ? i + 1 : i);
    if (seg) out.push(seg);
    start = i + 1;
  }
  const last = trimmed(text, start, span.end);
  if (last) out.push(last);
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** The segments that `inner` touches, merged into one span (undefined when it touches none). */
export function coveringSegments(all: readonly Span[], inner: Span): Span | undefined {
  const hit = all.filter((s) => overlaps(s, inner));
  const first = hit[0];
  const last = hit[hit.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

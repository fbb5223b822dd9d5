// Splits a clause into sentences and lines (items) with absolute spans: the unit of evidence quotes.
import type { Span } from "../core/span.js";

const BLANK = /[\s\u3000]/;

function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && BLANK.test(text[s] ?? "")) s++;
  while (e > s && BLANK.test(text[e - 1] ?? "")) e--;
  return s < e ? { start: s, end: e } : undefined;
}

const OPEN = new Set(["（", "(", "「", "『", "【"]);
const CLOSE = new Set(["）", ")", "」", "』", "】"]);
/** A bracket left open this long is a stray (a PDF line lost its closing bracket): 。 ends again. */
const MAX_BRACKET = 200;

/** Tracks bracket depth so that a 。 inside 「（以下「秘密情報」という。）」 ends no sentence. */
class Brackets {
  private depth = 0;
  private openedAt = 0;

  /** Reads one character; true when it ends a sentence or a line. */
  ends(ch: string, at: number): boolean {
    if (OPEN.has(ch)) {
      if (this.depth === 0) this.openedAt = at;
      this.depth++;
    } else if (CLOSE.has(ch) && this.depth > 0) this.depth--;
    if (ch === "\n" || (this.depth > 0 && at - this.openedAt > MAX_BRACKET)) this.depth = 0;
    return ch === "\n" || (ch === "。" && this.depth === 0);
  }
}

/**
 * The last document's segments by span: units ask for a clause's sentences once per duty and per topic,
 * which grew with the square of the clause (a hang on a clause of thousands of items).
 */
let memoText: string | undefined;
const memo = new Map<string, readonly Span[]>();

/** Sentences (ending at 。 outside brackets) and lines of `span` in `text`, trimmed, in order, non-overlapping. */
export function segments(text: string, span: Span): Span[] {
  if (text !== memoText) memo.clear();
  // Also when the text is equal: the same contract analysed again comes as another string, and
  // `!==` between two string objects compares every character, on each of the thousands of calls
  // per document (quadratic: a 450 KB contract analysed twice spent 0.9 s here). Once it holds this
  // object, the next comparison is by identity.
  memoText = text;
  const key = `${span.start}:${span.end}`;
  let cached = memo.get(key);
  if (!cached) {
    cached = computeSegments(text, span);
    memo.set(key, cached);
  }
  return cached.slice();
}

function computeSegments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const brackets = new Brackets();
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i] ?? "";
    if (!brackets.ends(ch, i)) continue;
    const seg = trimmed(text, start, ch === "。" ? i + 1 : i);
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

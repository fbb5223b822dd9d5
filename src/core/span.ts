// Half-open UTF-16 spans into NormalizedText.text: the one way the project says "where".

/** A half-open range `[start, end)` of 0-based UTF-16 code-unit offsets into `NormalizedText.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function isWithin(s: Span, textLength: number): boolean {
  return (
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    0 <= s.start &&
    s.start <= s.end &&
    s.end <= textLength
  );
}

export function union(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** Moves a span that is relative to `base.start` into absolute coordinates. */
export function shift(s: Span, offset: number): Span {
  return { start: s.start + offset, end: s.end + offset };
}

// OffsetMap: a piecewise map between NormalizedText offsets and SourceText offsets (an edit log).
import type { OffsetMap } from "./types.js";

/**
 * One replacement: `source[srcStart, srcEnd)` became `normalized[normStart, normEnd)`. Outside the
 * edits the two texts agree character for character, shifted by the edits before.
 */
export interface Edit {
  readonly srcStart: number;
  readonly srcEnd: number;
  readonly normStart: number;
  readonly normEnd: number;
}

/** An OffsetMap that also maps the other way. Both directions are monotone (never decrease). */
export interface BidiOffsetMap extends OffsetMap {
  toNormalized(offset: number): number;
}

/** The last index whose key is ≤ value, or -1. Binary search: O(log n) per lookup. */
function lastAtOrBefore(edits: readonly Edit[], value: number, key: "srcStart" | "normStart"): number {
  let lo = 0;
  let hi = edits.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid]![key] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function clamp(value: number, max: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return value > max ? max : Math.floor(value);
}

/**
 * The map of one normalisation pass, built from its edits (sorted, non-overlapping). An offset inside
 * a replaced stretch maps to the same distance into the other side, clamped to that side's stretch,
 * so the map stays monotone; an offset at a deletion maps to the end of what was deleted.
 */
export class EditMap implements BidiOffsetMap {
  constructor(
    private readonly edits: readonly Edit[],
    private readonly sourceLength: number,
    private readonly normalizedLength: number,
  ) {}

  get editCount(): number {
    return this.edits.length;
  }

  toSource(offset: number): number {
    const o = clamp(offset, this.normalizedLength);
    const i = lastAtOrBefore(this.edits, o, "normStart");
    if (i < 0) return Math.min(o, this.sourceLength);
    const e = this.edits[i]!;
    if (o >= e.normEnd) return Math.min(e.srcEnd + (o - e.normEnd), this.sourceLength);
    return e.srcStart + Math.min(o - e.normStart, e.srcEnd - e.srcStart);
  }

  toNormalized(offset: number): number {
    const s = clamp(offset, this.sourceLength);
    const i = lastAtOrBefore(this.edits, s, "srcStart");
    if (i < 0) return Math.min(s, this.normalizedLength);
    const e = this.edits[i]!;
    if (s >= e.srcEnd) return Math.min(e.normEnd + (s - e.srcEnd), this.normalizedLength);
    return e.normStart + Math.min(s - e.srcStart, e.normEnd - e.normStart);
  }
}

/** Chains the maps of successive passes: `maps[0]` is the first pass (closest to the source). */
export class ComposedMap implements BidiOffsetMap {
  constructor(private readonly maps: readonly BidiOffsetMap[]) {}

  toSource(offset: number): number {
    let o = offset;
    for (let i = this.maps.length - 1; i >= 0; i--) o = this.maps[i]!.toSource(o);
    return o;
  }

  toNormalized(offset: number): number {
    let o = offset;
    for (const m of this.maps) o = m.toNormalized(o);
    return o;
  }
}

export const identityMap = (length: number): BidiOffsetMap => new EditMap([], length, length);

/**
 * Builds the output of a pass from its input without per-character concatenation: unchanged
 * stretches are copied as slices, replacements are recorded as edits when they change the length.
 */
export class TextEditor {
  private readonly parts: string[] = [];
  private readonly edits: Edit[] = [];
  private cursor = 0;
  private outLength = 0;
  private changed = 0;

  constructor(readonly input: string) {}

  /** Copies the input up to `to` (exclusive) unchanged. */
  keepUntil(to: number): void {
    if (to <= this.cursor) return;
    this.parts.push(this.input.slice(this.cursor, to));
    this.outLength += to - this.cursor;
    this.cursor = to;
  }

  /** Replaces `input[from, to)` by `text`; `from` must not lie before what was already written. */
  replace(from: number, to: number, text: string): void {
    if (from < this.cursor || to < from) return; // overlapping edits are a caller bug: ignore, never throw
    this.keepUntil(from);
    if (text.length !== to - from) {
      this.edits.push({
        srcStart: from,
        srcEnd: to,
        normStart: this.outLength,
        normEnd: this.outLength + text.length,
      });
    }
    if (text !== this.input.slice(from, to)) this.changed++;
    if (text) this.parts.push(text);
    this.outLength += text.length;
    this.cursor = to;
  }

  /** Number of replacements that changed something. */
  get changes(): number {
    return this.changed;
  }

  finish(): { text: string; map: EditMap } {
    this.keepUntil(this.input.length);
    return { text: this.parts.join(""), map: new EditMap(this.edits, this.input.length, this.outLength) };
  }
}

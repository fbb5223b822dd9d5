// Scans the text once, line by line, into candidate events: markers at line starts (strong) and
// provision markers in mid-line (weak: PDF text whose pages became single lines, seed 001).
import type { Span } from "../core/span.js";
import { articleAt, headedArticleAt } from "./articles.js";
import { enumeratorAt } from "./enumerators.js";
import { type LineMarker, lineMarker, trailingHeading } from "./markers.js";
import { TocTracker } from "./toc.js";

export type EventMarker = LineMarker | { readonly kind: "text" };

export interface ScanEvent {
  /** Where the provision would start (its heading, when written before the number). */
  readonly pos: number;
  /** At the start of a line; weak events must also fit the numbering to be accepted. */
  readonly strong: boolean;
  readonly marker: EventMarker;
  /** End of the line the event is on. */
  readonly lineEnd: number;
  /** The line before announces a list (「次の各号…。」「以下のとおり：」): glued 一/２ may start one. */
  readonly afterIntroduction: boolean;
}

export interface Line {
  readonly start: number;
  readonly end: number;
  /** First and last+1 non-space offsets. */
  readonly contentStart: number;
  readonly contentEnd: number;
}

function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0d;
}

export function splitIntoLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    let cs = start;
    let ce = end;
    while (cs < ce && isBlankChar(text.charCodeAt(cs))) cs++;
    while (ce > cs && isBlankChar(text.charCodeAt(ce - 1))) ce--;
    lines.push({ start, end, contentStart: cs, contentEnd: ce });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * Mid-line trigger positions, found natively over the whole text: a boundary (。, a space, ：, :)
 * then ( （ 第 附 or a digit. The cursor only moves forward, so the text is searched once.
 */
class TriggerCursor {
  private readonly re = /[。 ：:][(（第附0-9]/g;
  /** Position of the trigger character of the next candidate, or Infinity. */
  next = -1;

  constructor(private readonly text: string) {}

  /** The first trigger at or after `from` (its boundary may be at `from - 1`). */
  seek(from: number): void {
    this.re.lastIndex = Math.max(0, from - 1);
    const m = this.re.exec(this.text);
    this.next = m ? m.index + 1 : Number.POSITIVE_INFINITY;
  }
}

/** One mid-line candidate at `at` (after 。, a space or a colon), or undefined. */
function inlineMarker(text: string, at: number, lineEnd: number): EventMarker | undefined {
  const c = text.charCodeAt(at);
  if (c === 0x7b2c || c === 0x28 || c === 0xff08) {
    const article =
      c === 0x7b2c ? articleAt(text, at, lineEnd, true) : headedArticleAt(text, at, lineEnd, true);
    if (article) return { kind: "article", article };
    if (c === 0x7b2c) return undefined;
    const heading = trailingHeading(text, at, lineEnd);
    if (heading) return heading;
  }
  if (c === 0x9644) {
    return text.startsWith("附則 ", at) ? { kind: "supplementary", bodyStart: at + 3 } : undefined;
  }
  const e = enumeratorAt(text, at);
  return e && (e.style === "paren-arabic" || e.style === "arabic-dot")
    ? { kind: "enum", enumerator: e }
    : undefined;
}

/** Mid-line triggers: after 。, a space or a colon, a ( heading or item, 第N条, 附則 or "N.". */
function inlineEvents(text: string, from: number, line: Line, cursor: TriggerCursor, out: ScanEvent[]): void {
  const start = Math.max(from, line.contentStart + 1);
  if (cursor.next < start) cursor.seek(start);
  while (cursor.next < line.contentEnd) {
    const at = cursor.next;
    const marker = inlineMarker(text, at, line.contentEnd);
    if (marker)
      out.push({ pos: at, strong: false, marker, lineEnd: line.contentEnd, afterIntroduction: false });
    cursor.seek(at + 1);
  }
}

const ANNOUNCES = /次|各号|以下|掲げる|とおり|下記/;

/** The last sentence of the previous line announces a list and is finished (linear: no backtracking). */
function introduces(previous: string): boolean {
  const last = previous.at(-1);
  if (last !== "。" && last !== "：" && last !== ":") return false;
  return ANNOUNCES.test(previous.slice(previous.lastIndexOf("。", previous.length - 2) + 1));
}

function bodyStartOf(marker: EventMarker, line: Line): number {
  switch (marker.kind) {
    case "article":
      return marker.article.bodyStart;
    case "enum":
      return marker.enumerator.bodyStart;
    case "supplementary":
    case "appendix":
    case "inlineHeading":
      return marker.bodyStart;
    default:
      return line.contentStart;
  }
}

const TEXT: EventMarker = { kind: "text" };
/** TOC entries are short; a longer line is body text and ends a table of contents. */
const TOC_LINE_MAX = 80;

/** The previous line's last 200 characters, read only when a glued enumerator needs them. */
function introducesBefore(text: string, previous: Line | undefined): boolean {
  if (!previous) return false;
  return introduces(
    text.slice(Math.max(previous.contentStart, previous.contentEnd - 200), previous.contentEnd),
  );
}

export interface ScanResult {
  readonly events: ScanEvent[];
  /** The table of contents (目次), if the text has one: its lines are plain text events. */
  readonly toc?: Span;
}

/** Every line yields one strong event (a marker or plain text), then its weak mid-line events. */
export function scan(text: string, lines: readonly Line[]): ScanResult {
  const events: ScanEvent[] = [];
  const toc = new TocTracker();
  let previous: Line | undefined;
  const cursor = new TriggerCursor(text);
  for (const line of lines) {
    if (line.contentStart >= line.contentEnd) continue;
    const found = lineMarker(text, line.contentStart, line.contentEnd);
    // Only short lines can be entries: a long one is never sliced for the check.
    const short = line.contentEnd - line.contentStart <= TOC_LINE_MAX;
    const content = { start: line.contentStart, end: line.contentEnd };
    if (short && toc.read(text.slice(line.contentStart, line.contentEnd), content, found)) {
      events.push({
        pos: line.contentStart,
        strong: true,
        marker: TEXT,
        lineEnd: line.contentEnd,
        afterIntroduction: false,
      });
      previous = line;
      continue;
    }
    if (!short) toc.endOnLongLine();
    const marker: EventMarker = found ?? TEXT;
    const afterIntroduction = marker.kind === "enum" && introducesBefore(text, previous);
    events.push({
      pos: line.contentStart,
      strong: true,
      marker,
      lineEnd: line.contentEnd,
      afterIntroduction,
    });
    if (marker.kind === "inlineHeading") {
      const inner = lineMarker(text, marker.bodyStart, line.contentEnd);
      if (inner?.kind === "enum")
        events.push({
          pos: marker.bodyStart,
          strong: true,
          marker: inner,
          lineEnd: line.contentEnd,
          afterIntroduction: false,
        });
    }
    inlineEvents(text, bodyStartOf(marker, line), line, cursor, events);
    previous = line;
  }
  return toc.span ? { events, toc: toc.span } : { events };
}

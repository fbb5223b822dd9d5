// Scans the text once, line by line, into candidate events: markers at line starts (strong) and
// provision markers in mid-line (weak: PDF text whose pages became single lines, seed 001).
import { articleAt, headedArticleAt } from "./articles.js";
import { enumeratorAt } from "./enumerators.js";
import { type LineMarker, lineMarker } from "./markers.js";

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

export function splitIntoLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    let cs = start;
    let ce = end;
    while (cs < ce && /[ \t\u3000\r]/.test(text[cs]!)) cs++;
    while (ce > cs && /[ \t\u3000\r]/.test(text[ce - 1]!)) ce--;
    lines.push({ start, end, contentStart: cs, contentEnd: ce });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** Mid-line triggers: after 。, a space or a colon, a ( heading or item, 第N条, 附則 or "N.". */
const TRIGGER = /(?<=[。 ：:])(?:[(（]|第|附則 |[0-9]{1,3}[.．])/g;

/** Runs on the line's own slice, so a line without triggers never scans the lines after it. */
function inlineEvents(text: string, from: number, line: Line, out: ScanEvent[]): void {
  const origin = Math.max(from - 1, line.contentStart);
  const segment = text.slice(origin, line.contentEnd);
  TRIGGER.lastIndex = from - origin;
  const base = { strong: false, lineEnd: line.contentEnd, afterIntroduction: false };
  for (let m = TRIGGER.exec(segment); m; m = TRIGGER.exec(segment)) {
    const at = origin + m.index;
    const c = text[at]!;
    if (c === "第" || c === "(" || c === "（") {
      const article =
        c === "第"
          ? articleAt(text, at, line.contentEnd, true)
          : headedArticleAt(text, at, line.contentEnd, true);
      if (article) {
        out.push({ ...base, pos: at, marker: { kind: "article", article } });
        continue;
      }
    }
    if (c === "附") {
      out.push({ ...base, pos: at, marker: { kind: "supplementary", bodyStart: at + 3 } });
      continue;
    }
    const e = c === "第" ? undefined : enumeratorAt(text, at);
    if (e && (e.style === "paren-arabic" || e.style === "arabic-dot")) {
      out.push({ ...base, pos: at, marker: { kind: "enum", enumerator: e } });
    }
  }
}

const ANNOUNCES = /次|各号|以下|掲げる|とおり|下記/;

/** The last sentence of the previous line announces a list and is finished (linear: no backtracking). */
function introduces(previous: string): boolean {
  const last = previous.at(-1);
  if (last !== "。" && last !== "：" && last !== ":") return false;
  return ANNOUNCES.test(previous.slice(previous.lastIndexOf("。", previous.length - 2) + 1));
}
const TOC_TITLE = /^目\s?次$/;

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

/** Every line yields one strong event (a marker or plain text), then its weak mid-line events. */
export function scan(text: string, lines: readonly Line[]): ScanEvent[] {
  const events: ScanEvent[] = [];
  let inToc = false;
  let previous = "";
  for (const line of lines) {
    if (line.contentStart >= line.contentEnd) continue;
    const content = text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + 200));
    let marker: EventMarker = lineMarker(text, line.contentStart, line.contentEnd) ?? { kind: "text" };
    const tocEntry = marker.kind === "division" && marker.toc;
    if (inToc && !(tocEntry || marker.kind === "supplementary")) inToc = false;
    if (TOC_TITLE.test(content)) inToc = true;
    if (inToc || tocEntry) marker = { kind: "text" };
    const afterIntroduction = introduces(previous);
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
    inlineEvents(text, bodyStartOf(marker, line), line, events);
    previous = text.slice(Math.max(line.contentStart, line.contentEnd - 200), line.contentEnd);
  }
  return events;
}

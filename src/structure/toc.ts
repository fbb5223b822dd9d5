// Tables of contents (目次): their lines list the chapters and articles that follow, so they are text.
import type { Span } from "../core/span.js";
import type { LineMarker } from "./markers.js";

const TOC_TITLE = /^目\s?次$/;
/** 「第1章 総則…………10」: dot leaders and a page number (real-files #10), a TOC entry wherever it stands. */
const LEADER_ENTRY = /(?:[…‥]{2,}|[.．・･]{4,}|[-－―]{4,}) ?[0-9]{1,4}$/;

/** Parts and chapters (編, 章, Ⅰ．) and articles; 節 and 款 numbers restart in every chapter. */
function keyOf(marker: LineMarker | undefined): string | undefined {
  if (marker?.kind === "division") return marker.level <= 1 ? `d:${marker.label}` : undefined;
  if (marker?.kind === "article") return `a:${marker.article.number}`;
  return undefined;
}

/**
 * After a 目次 line every line is an entry — 「第1章」「総則」「第1条～第3条」「附 則」 on lines of their
 * own (real-files #15), 「第1条（目的）」 (#10) — until a sentence (a line with 。), a long line, or a
 * chapter listed before comes again: the body has begun. Without chapters, a repeated article ends it.
 */
export class TocTracker {
  private active = false;
  private hasDivisions = false;
  private readonly seen = new Set<string>();
  /** The first table of contents: from its 目次 line (or first entry) to its last entry. */
  span: Span | undefined;
  private closed = false;

  /** Reads one line; true when it belongs to a table of contents (its marker is then plain text). */
  read(content: string, line: Span, marker: LineMarker | undefined): boolean {
    const entry = this.isEntry(content, marker);
    if (entry && !this.closed) this.span = { start: this.span?.start ?? line.start, end: line.end };
    else if (this.span) this.closed = true;
    return entry;
  }

  private isEntry(content: string, marker: LineMarker | undefined): boolean {
    if (content.length <= 3 && TOC_TITLE.test(content)) {
      this.active = true;
      this.hasDivisions = false;
      this.seen.clear();
      return true;
    }
    if (this.active) {
      if (!content.includes("。") && !this.repeats(keyOf(marker))) return true;
      this.active = false;
    }
    if (marker?.kind === "division" && marker.toc) return true;
    return (marker?.kind === "division" || marker?.kind === "article") && LEADER_ENTRY.test(content);
  }

  /** A long line is body text: the table of contents is over. */
  endOnLongLine(): void {
    this.active = false;
    if (this.span) this.closed = true;
  }

  private repeats(key: string | undefined): boolean {
    if (!key) return false;
    const division = key.startsWith("d:");
    if (division) this.hasDivisions = true;
    if (this.seen.has(key) && (division || !this.hasDivisions)) return true;
    this.seen.add(key);
    return false;
  }
}

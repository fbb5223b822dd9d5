// Draft nodes for the units that are not articles: numbered top-level provisions, unnumbered clauses.
import type { Span } from "../core/span.js";
import type { Enumerator } from "./enumerators.js";
import { isNumberTitle } from "./modes.js";
import { type DraftNode, draft } from "./tree.js";

const BRACKET_HEADING = /^[（(]([^）)\n]{1,40})[）)]/;

/** 「1. …」 or 「１（秘密保持の誓約）」 (real-files #8): a whole provision, its heading in brackets. */
export function topParagraph(text: string, pos: number, e: Enumerator): DraftNode {
  const bracket = BRACKET_HEADING.exec(text.slice(e.bodyStart, e.bodyStart + 50));
  if (!bracket) {
    // 「１　基本事項」 alone on its line, the provision below it: the line is the heading.
    const nl = text.indexOf("\n", e.bodyStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const rest = text.slice(e.bodyStart, lineEnd);
    if (nl >= 0 && isNumberTitle(rest)) {
      const start = e.bodyStart + (rest.length - rest.trimStart().length);
      const heading = { start, end: start + rest.trim().length };
      const fields = { number: String(e.value), value: e.value, marker: e.marker, style: e.style, heading };
      return draft("paragraph", pos, { ...fields, bodyStart: lineEnd });
    }
  }
  const heading = bracket ? { start: e.bodyStart + 1, end: e.bodyStart + 1 + bracket[1]!.length } : undefined;
  const fields = { number: String(e.value), value: e.value, marker: e.marker, style: e.style, heading };
  return draft("paragraph", pos, { ...fields, bodyStart: e.bodyStart + (bracket?.[0].length ?? 0) });
}

/** An unnumbered clause: 第N段落, with the heading that opened it, if any. */
export function clauseDraft(n: number, pos: number, heading: Span | undefined, bodyStart: number): DraftNode {
  return draft("clause", pos, { number: String(n), value: n, heading, bodyStart });
}

/** A line after an unfinished item line continues that item (「(1) 個人データ\n個人情報データベース等を…」). */
export function continuesItem(text: string, top: DraftNode | undefined, pos: number): boolean {
  if (top?.kind !== "item") return false;
  return !text
    .slice(Math.max(top.start, pos - 3), pos)
    .trim()
    .endsWith("。");
}

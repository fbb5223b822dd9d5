// A duty that leaves its deadline or form to a table (「別表に定める期限までに…届け出なければならない」):
// the 別表/別紙 it names, found in the document after the clause, supplies them.
import type { Span } from "../core/span.js";
import { parseNumber } from "../nlp/numbers.js";

const NUM = "[0-9０-９一二三四五六七八九十]+";
/** 「別表に定める」「別表第2に掲げる」「別紙１に記載の」: the duty defers to a 別表 or 別紙. */
const DEFERS = new RegExp(
  `(別表|別紙)(?:第?(${NUM})号?)?(?:に|で)(?:定める|定めた|掲げる|記載(?:の|する|した)|規定する|示す)`,
  "u",
);
/** The line that opens a 別表/別紙 (its number, if any, in group 2). */
const OPENS = new RegExp(`^(別表|別紙)(?:第?\\s*(${NUM})号?)?(?=$|[\\s（(「：:])`, "u");
/** What ends it: another 別表/別紙, an article or a 附則 at a line start. */
const ENDS = /^(?:別表|別紙|第[0-9０-９一二三四五六七八九十]+条|附\s*則)/u;
/** A table is short; never read further than this. */
const MAX_CHARS = 3000;

const numberOf = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : parseNumber(s);

/** The span of the 別表/別紙 that `duty` defers to, when the document has it after `from`. */
export function deferredTable(text: string, duty: string, from: number): Span | undefined {
  const m = DEFERS.exec(duty);
  if (!m) return undefined;
  const kind = m[1]!;
  const wanted = numberOf(m[2]);
  let at = text.indexOf("\n", from);
  while (at >= 0 && at < text.length) {
    const start = at + 1;
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const open = OPENS.exec(line);
    if (open && open[1] === kind && (wanted === undefined || numberOf(open[2]) === wanted)) {
      return { start, end: tableEnd(text, start, end) };
    }
    at = end;
  }
  return undefined;
}

function tableEnd(text: string, start: number, firstLineEnd: number): number {
  const limit = Math.min(text.length, start + MAX_CHARS);
  let at = firstLineEnd;
  while (at >= 0 && at < limit) {
    const next = text.indexOf("\n", at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next);
    if (ENDS.test(line)) return at;
    at = next;
  }
  return limit;
}

// Line-wrap repair: joins lines that a page layout broke in mid-sentence (PDFs, hard-wrapped text).
import { TextEditor } from "../core/offset-map.js";
import { isAsciiLetter } from "./chars.js";
import { isBlank, type LineRange, splitLines } from "./lines.js";
import type { PassResult } from "./pass.js";

/**
 * A line that starts a provision or a heading is never glued to the line before: 第N条/章, 1. / 1 / ①
 * / (1) / 一 / イ markers, 附則, 別表, 以上, 記, a bracketed heading alone, bullets, roman part numbers.
 * Bounded quantifiers only: the test runs once per line, linear in the line.
 */
const STARTS_PROVISION = new RegExp(
  [
    "^第 ?[0-9一二三四五六七八九十百千]{1,6} ?[条章節款編]",
    "^[0-9]{1,3}(?:[.．)）]| )",
    "^[①-⑳㉑-㉟㊱-㊿⑴-⒇⒈-⒛]",
    "^[(（][0-9a-zA-Zア-ンイロハニホヘト一二三四五六七八九十]{1,3}[)）]",
    "^[一二三四五六七八九十]{1,3}(?: |[、.．])",
    "^[ア-ンイロハニホヘト](?: |[.．])",
    "^附 ?則",
    "^別[表紙記添]",
    "^(?:以上|記)$",
    "^[(（][^)）]{1,30}[)）](?:$| ?第 ?[0-9一二三四五六七八九十])",
    "^[・●■□◆◇○※\\-‐－]",
    "^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]",
    // a date under a title (「2017（平成29）年2月1日制定」, real-files #3)
    "^(?:[0-9]{4}|令和|平成|昭和)[^。\n]{0,12}年[^。\n]{0,6}月[^。\n]{0,6}日",
  ].join("|"),
);
/** 「2前項の…」: a paragraph number glued to its text (OCR, real-files #3); 「25年」 is a wrapped number. */
const GLUED_NUMBER = /^[1-9][0-9]?(?![0-9年月日条項号時分人件回個円歳か箇ヶカ週%．.])[^ -~\s]/;
const KANJI_NUMERALS = "一二三四五六七八九十";
/** With joinAcrossBlank, a line this long is a whole page (seed 001), full by definition. */
const PAGE_LINE = 200;
const TERMINATORS = new Set("。．！？!?：:".split(""));

/**
 * Display widths of all lines: two cells per character, less one per narrow character. The narrow runs
 * are found by one native regex over the text (a JS loop over every character is slow before the JIT
 * warms up); they never cross a line break.
 */
function lineWidths(text: string, lines: readonly LineRange[]): number[] {
  const widths = lines.map((l) => 2 * (l.end - l.start));
  const narrow = /[^\n\u1100-\uff60\uffa0-\uffff]+/g;
  let li = 0;
  for (let m = narrow.exec(text); m; m = narrow.exec(text)) {
    while (lines[li]!.end < m.index) li++;
    widths[li]! -= narrow.lastIndex - m.index;
  }
  return widths;
}

/**
 * The width the page wrapped at, or 0 when the text does not look wrapped. In wrapped text most
 * lines near the widest length stop in mid-sentence (0.79–0.96 on real-files PDFs and #20); in text
 * with one paragraph per line they end with 。 (0.00–0.14 on the seeds, DOCX and #19).
 */
function wrapWidth(text: string, lines: readonly LineRange[], widths: readonly number[]): number {
  const sorted = widths.filter((w) => w > 0).sort((a, b) => a - b);
  if (sorted.length < 3) return 0;
  const p90 = sorted[Math.floor((sorted.length - 1) * 0.9)]!;
  let full = 0;
  let open = 0;
  lines.forEach((line, i) => {
    if (widths[i]! < p90 * 0.85) return;
    full++;
    if (!TERMINATORS.has(text[line.end - 1] ?? "")) open++;
  });
  return p90 >= 40 && full >= 3 && open >= full * 0.5 ? p90 : 0;
}

/** 。）at the end of a full line closes a parenthetical inside the sentence (real-files #1, 第1条): not an end. */
function endsSentence(line: string): boolean {
  return TERMINATORS.has(line.at(-1) ?? "");
}

/** 「四…」 then 「五その他…」: consecutive kanji items glued to their text (real-files #3). */
function nextKanjiItem(prev: string, next: string): boolean {
  const a = KANJI_NUMERALS.indexOf(prev[0] ?? "");
  return a >= 0 && KANJI_NUMERALS.indexOf(next[0] ?? "") === a + 1;
}

function startsProvision(prev: string, next: string): boolean {
  return STARTS_PROVISION.test(next) || GLUED_NUMBER.test(next) || nextKanjiItem(prev, next);
}

export interface WrapOptions {
  /** Pages were flattened to one line each (seed 001): a blank line between pages may be joined too. */
  readonly joinAcrossBlank: boolean;
}

export function repairLineWraps(text: string, options: WrapOptions): PassResult {
  const lines = splitLines(text);
  const widths = lineWidths(text, lines);
  const width = wrapWidth(text, lines, widths);
  const ed = new TextEditor(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end);
    if (!line) continue;
    let next = i + 1;
    if (options.joinAcrossBlank && isBlank(text, lines[next]!) && next + 1 < lines.length) next++;
    const following = text.slice(lines[next]!.start, lines[next]!.end);
    if (!following || startsProvision(line, following)) continue;
    const full = (width > 0 && widths[i]! >= width * 0.85) || (next > i + 1 && line.length >= PAGE_LINE);
    const midSentence = line.endsWith("、") || line.endsWith("，") || (full && !endsSentence(line));
    if (!midSentence) continue;
    const wordBreak =
      isAsciiLetter(line.charCodeAt(line.length - 1)) && isAsciiLetter(following.charCodeAt(0));
    ed.replace(lines[i]!.end, lines[next]!.start, wordBreak ? " " : "");
    i = next - 1;
  }
  return { ...ed.finish(), changes: ed.changes };
}

// Pass 1, every format: line endings, invisible characters, selective NFKC and horizontal whitespace.
import { TextEditor } from "../core/offset-map.js";
import { isHorizontalSpace, NEWLINE } from "./chars.js";
import type { PassResult } from "./pass.js";

const CR = 0x0d;

/** Full-width ASCII digits and letters (０-９, Ａ-Ｚ, ａ-ｚ): NFKC is safe and 1 → 1. */
function isFullwidthAlnum(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** Half-width katakana and its marks (ｶﾞ → ガ is 2 → 1, so the run is normalised as a whole). */
function isHalfwidthKana(c: number): boolean {
  return c >= 0xff61 && c <= 0xff9f;
}

/**
 * Kangxi radicals (⽤ U+2F64 for 用, real-files #9, a macOS PDF), CJK radicals supplement and CJK
 * compatibility ideographs: NFKC gives the ordinary ideograph, 1 → 1.
 */
function isRadicalOrCompat(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x2fdf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * CJK Radicals Supplement forms without an NFKC mapping that PDF fonts emit for ordinary kanji (real-files
 * #9: 延⻑ with U+2ED1). From Unicode's CJKRadicals.txt, limited to the forms used as whole characters.
 */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  "\u2ea0": "民",
  "\u2ec1": "虎",
  "\u2ec4": "西",
  "\u2ec6": "角",
  "\u2ed1": "長",
  "\u2ed8": "青",
  "\u2edd": "食",
  "\u2ee4": "鬼",
  "\u2ee9": "黄",
  "\u2eeb": "斉",
  "\u2eed": "歯",
  "\u2eef": "竜",
  "\u2ef2": "亀",
};

function toOrdinary(run: string): string {
  let out = run.normalize("NFKC");
  if (/[\u2e80-\u2eff]/.test(out)) out = out.replace(/[\u2e80-\u2eff]/g, (c) => RADICAL_SUPPLEMENT[c] ?? c);
  return out;
}

function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** C0/C1 controls other than LF and TAB (TAB is whitespace); FF, VT and the separators end a line. */
function controlReplacement(c: number): string | undefined {
  if (c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029 || c === 0x85) return "\n";
  if ((c < 0x20 && c !== NEWLINE && c !== 0x09) || (c >= 0x7f && c <= 0x9f)) return "";
  return undefined;
}

function runEnd(text: string, from: number, test: (c: number) => boolean): number {
  let j = from;
  while (j < text.length && test(text.charCodeAt(j))) j++;
  return j;
}

function isLineBreak(c: number): boolean {
  return c === NEWLINE || c === CR;
}

/**
 * Every position where `step` may change something: CR and other controls, invisible characters,
 * spaces other than one ASCII space inside a line (runs, line edges, after an invisible character),
 * full-width alphanumerics, half-width katakana, radicals and compatibility ideographs.
 */
const CANDIDATE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what it finds
  /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\u2e80-\u2fdf\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff9f]| (?=[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\n\r]|$)|(?<![^\n\r\u200b-\u200d\u2060\ufeff]) /g;

export interface CharacterCounts {
  radicals: number;
  halfwidthKana: number;
}

/**
 * Never applies NFKC to ①, ⑴, ㈱ and the other enclosed forms: `structure` reads them as markers
 * (DESIGN.md traps). Runs of horizontal whitespace become one ASCII space and vanish at line edges.
 */
export function normalizeCharacters(text: string): PassResult & { counts: CharacterCounts } {
  const ed = new TextEditor(text);
  const counts: CharacterCounts = { radicals: 0, halfwidthKana: 0 };
  // Jump from one character that may need a change to the next: most characters need none, and
  // the regex scans natively. `step` reads only the original text, so skipping the others is exact.
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    CANDIDATE.lastIndex = step(text, m.index, ed, counts);
  }
  const { text: out, map } = ed.finish();
  return { text: out, map, changes: ed.changes, counts };
}

/** Handles the character (or run) at `i` and returns where the next one starts. */
function step(text: string, i: number, ed: TextEditor, counts: CharacterCounts): number {
  const c = text.charCodeAt(i);
  if (c === CR) {
    const to = text.charCodeAt(i + 1) === NEWLINE ? i + 2 : i + 1;
    ed.replace(i, to, "\n");
    return to;
  }
  if (isHorizontalSpace(c)) return collapseSpaces(text, i, ed);
  if (isFullwidthAlnum(c) || isHalfwidthKana(c) || isRadicalOrCompat(c)) {
    const test = isFullwidthAlnum(c)
      ? isFullwidthAlnum
      : isHalfwidthKana(c)
        ? isHalfwidthKana
        : isRadicalOrCompat;
    const j = runEnd(text, i, test);
    ed.replace(i, j, toOrdinary(text.slice(i, j)));
    if (test === isHalfwidthKana) counts.halfwidthKana += j - i;
    if (test === isRadicalOrCompat) counts.radicals += j - i;
    return j;
  }
  const r = isInvisible(c) ? "" : controlReplacement(c);
  if (r !== undefined) ed.replace(i, i + 1, r);
  return i + 1;
}

/** One run of horizontal whitespace: dropped at a line edge, otherwise one ASCII space. */
function collapseSpaces(text: string, i: number, ed: TextEditor): number {
  const j = runEnd(text, i, isHorizontalSpace);
  const before = i > 0 ? text.charCodeAt(i - 1) : NEWLINE;
  // A BOM before the title's padding (real-files #20) still leaves the spaces at the line start.
  const afterBom = isInvisible(before) && (i === 1 || isLineBreak(text.charCodeAt(i - 2)));
  const atStart = isLineBreak(before) || afterBom;
  const atEnd = j === text.length || isLineBreak(text.charCodeAt(j));
  if (atStart || atEnd) ed.replace(i, j, "");
  else if (j - i !== 1 || text.charCodeAt(i) !== 0x20) ed.replace(i, j, " ");
  return j;
}

// Spaces that extraction put where the document had none, or had 、 and 。 (DESIGN.md traps).
import { TextEditor } from "../core/offset-map.js";
import {
  isAsciiDigit,
  isAsciiLetter,
  isClosingBracket,
  isHiragana,
  isJapanese,
  isOpeningBracket,
} from "./chars.js";
import type { PassResult } from "./pass.js";
import type { TextSignals } from "./signals.js";

/** 「第 1 条」「3 項」: spaces inside a provision number are always artefacts (seed 000, real-files #5/#7). */
const PROVISION_UNITS = new Set("条項号章節款編".split(""));
/** A number before one of these counts it (「28 年」「10 人」「3,200,000 円」). */
const COUNTERS = new Set("条項号章節款編年月日時分秒人件名回個円倍割歳部通枚頁番%％か箇ヶカ営週".split(""));
/** A number after one of these belongs to it (「平成 28」「令和 4」「金 3,200,000」「第 1」). */
const BEFORE_NUMBER = new Set("第約計各全同満毎金成和正治元年月".split(""));
/** A space before a particle stood for a closing quote (「総務部 に報告」← 「総務部」に報告). */
const PARTICLES = new Set("をにがはのとでへもや".split(""));

export interface SpacingCounts {
  ocrLines: number;
  punctuation: number;
  removed: number;
}

/** The verb or auxiliary ending a sentence (する, した, だ, します, ない, 行う, ません); not ず (にかかわらず、). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i - 1];
  const before = text[i - 2];
  if (c === "る" || c === "た" || c === "だ" || c === "す") return true;
  if (c === "い") return before === "な";
  if (c === "う") return before !== "い" && before !== undefined && !isHiragana(before.charCodeAt(0));
  return c === "ん" && before === "せ";
}

/** OCR text with a space between every character (real-files #3): ≥ 70 % one-character tokens. */
function isSpacedLine(text: string, start: number, end: number): boolean {
  let tokens = 0;
  let single = 0;
  let len = 0;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 0x20) {
      if (len > 0) tokens++;
      if (len === 1) single++;
      len = 0;
    } else len++;
  }
  return tokens >= 5 && single >= tokens * 0.7;
}

/** Starts of the spaced-out lines; only lines with a space are read (indexOf jumps to them). */
function spacedLines(text: string): Set<number> {
  const spaced = new Set<number>();
  for (let sp = text.indexOf(" "); sp >= 0; ) {
    const start = text.lastIndexOf("\n", sp) + 1;
    const nl = text.indexOf("\n", sp);
    const end = nl < 0 ? text.length : nl;
    if (isSpacedLine(text, start, end)) spaced.add(start);
    sp = nl < 0 ? -1 : text.indexOf(" ", end);
  }
  return spaced;
}

/** 「第 3 条 総務部は」「附則 本規程は」: the space ends a provision label; it stays a space. */
function isNumberedUnit(text: string, i: number): boolean {
  if (text[i - 1] === "則" && text[i - 2] === "附") return true;
  if (!PROVISION_UNITS.has(text[i - 1]!)) return false;
  const j = text[i - 2] === " " ? i - 3 : i - 2; // 「第 3 条 」: the digit's own spaces go later
  return isAsciiDigit(text.charCodeAt(j));
}

type Decision = "keep" | "delete" | "。" | "、";

function decide(text: string, i: number, signals: TextSignals, inSpacedLine: boolean): Decision {
  const p = text.charCodeAt(i - 1);
  const n = text.charCodeAt(i + 1);
  if (inSpacedLine && !(isAsciiLetter(p) && isAsciiLetter(n))) return "delete";
  if ((text[i - 1] === "第" && isAsciiDigit(n)) || (isAsciiDigit(p) && PROVISION_UNITS.has(text[i + 1]!))) {
    return "delete";
  }
  if (!signals.pdfLayout && !signals.punctuationLost) return "keep";
  if (isOpeningBracket(p) || isClosingBracket(n)) return "delete";
  if (
    (isAsciiDigit(p) && COUNTERS.has(text[i + 1]!)) ||
    (BEFORE_NUMBER.has(text[i - 1]!) && isAsciiDigit(n))
  ) {
    return "delete";
  }
  // 「第 3 条 総務部は」: the space after an article number separates it from the text; keep it.
  if (!signals.punctuationLost || !isJapanese(p) || isNumberedUnit(text, i)) return "keep";
  if (endsSentence(text, i)) return "。";
  if (PARTICLES.has(text[i + 1]!)) return "delete";
  return isJapanese(n) ? "、" : "keep";
}

export function repairSpacing(text: string, signals: TextSignals): PassResult & { counts: SpacingCounts } {
  const spaced = spacedLines(text);
  const ed = new TextEditor(text);
  const counts: SpacingCounts = { ocrLines: spaced.size, punctuation: 0, removed: 0 };
  const last = text.length - 1;
  let lineStart = 0;
  let nextBreak = text.indexOf("\n");
  // Only spaces can change: jump from one to the next, keeping track of the line they are on.
  for (let i = text.indexOf(" ", 1); i >= 0 && i < last; i = text.indexOf(" ", i + 1)) {
    while (nextBreak >= 0 && nextBreak < i) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf("\n", lineStart);
    }
    const d = decide(text, i, signals, spaced.has(lineStart));
    if (d === "keep") continue;
    ed.replace(i, i + 1, d === "delete" ? "" : d);
    if (d === "delete") counts.removed++;
    else counts.punctuation++;
  }
  return { ...ed.finish(), changes: ed.changes, counts };
}

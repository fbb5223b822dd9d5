// Footnotes in PDF text that lost its layout (seed 001): reference numbers scattered through the text
// (「( 第一報 ) 2 第 4 条」) and footnote bodies at the end of each page line (「1 以下では …」).
import { TextEditor } from "../core/offset-map.js";
import { isAsciiDigit, isKanji } from "./chars.js";
import { isBlank, splitLines } from "./lines.js";
import type { PassResult } from "./pass.js";

/** A number followed by one of these counts something (「10 人」「28 年」「第 1 条」): never a footnote. */
const COUNTERS = new Set("条項号章節款編年月日時分秒人件名回個円倍割歳部通枚頁番%％か箇ヶカ営週行".split(""));
/** A number after one of these is part of a phrase (「第 3」「約 10」「令和 4」「金 3」). */
const BEFORE_NUMBER = new Set("第約計各全同満毎金成和正治元".split(""));
const MAX_DIGITS = 3;
/** Footnote numbering must reach this far, with at least one body, before anything is removed. */
const MIN_REFERENCES = 3;
/** A page of seed 001 is one long line; shorter lines are not pages. */
const MIN_PAGE_LINE = 200;

interface Candidate {
  readonly at: number; // the space before the number
  readonly end: number; // after the digits
  readonly value: number;
}

/**
 * Standalone 1–3 digit numbers on one line: a space on both sides (or the line end after). A page
 * line may also start with one (「27 28 をすることによる」: the references of a page-initial sentence).
 */
function candidates(text: string, start: number, end: number, pageLine: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = pageLine ? start : start + 1; i < end; i++) {
    const afterSpace = i > start && text.charCodeAt(i - 1) === 0x20;
    if (!(afterSpace || i === start) || !isAsciiDigit(text.charCodeAt(i))) continue;
    let j = i;
    while (j < end && isAsciiDigit(text.charCodeAt(j))) j++;
    const standalone = j === end || text.charCodeAt(j) === 0x20;
    const next = j + 1 < end ? text[j + 1]! : "";
    const before = i >= 2 ? text[i - 2]! : "";
    if (
      standalone &&
      j - i <= MAX_DIGITS &&
      !COUNTERS.has(next) &&
      next !== "." &&
      !BEFORE_NUMBER.has(before)
    ) {
      out.push({ at: afterSpace ? i - 1 : i, end: j, value: Number(text.slice(i, j)) });
    }
    i = j;
  }
  return out;
}

interface Action {
  readonly kind: "ref" | "body" | "page";
  readonly from: number;
  to: number;
}

/** A reference between two kanji split a word (「特定個人情 20 報」): both spaces go. */
function referenceRange(text: string, c: Candidate): { from: number; to: number } {
  const lineStart = text.charCodeAt(c.at) !== 0x20;
  const joinsWord = lineStart || (isKanji(text.charCodeAt(c.at - 1)) && isKanji(text.charCodeAt(c.end + 1)));
  return { from: c.at, to: joinsWord && text.charCodeAt(c.end) === 0x20 ? c.end + 1 : c.end };
}

function planLine(
  text: string,
  line: { start: number; end: number; page: boolean },
  state: { max: number; open: Set<number> },
  actions: Action[],
): void {
  const { start, end } = line;
  for (const c of candidates(text, start, end, line.page)) {
    if (c.value === state.max + 1) {
      actions.push({ kind: "ref", ...referenceRange(text, c) });
      state.max = c.value;
      state.open.add(c.value);
    } else if (state.open.has(c.value)) {
      actions.push({ kind: "body", from: c.at, to: end });
      state.open.clear();
      return;
    }
  }
}

/** The page number that ends a page line (「… 4」 then a blank line): pages count from 1. */
function pageNumberAction(text: string, start: number, end: number, page: number): Action | undefined {
  const digits = String(page);
  const at = end - digits.length - 1;
  if (at <= start || text.charCodeAt(at) !== 0x20 || text.slice(at + 1, end) !== digits) return undefined;
  return { kind: "page", from: at, to: end };
}

function planPageLine(text: string, start: number, end: number, page: number, plan: Plan): void {
  const pn = pageNumberAction(text, start, end, page);
  planLine(text, { start, end: pn ? pn.from : end, page: true }, plan.state, plan.actions);
  if (!pn) return;
  const last = plan.actions.at(-1);
  if (last?.kind === "body" && last.to === pn.from)
    last.to = end; // the body already runs to the page end
  else plan.actions.push(pn);
}

interface Plan {
  readonly state: { max: number; open: Set<number> };
  readonly actions: Action[];
}

/**
 * Removes footnote references and bodies only when the numbering shows them (references 1, 2, 3 …
 * in order and at least one body), and the page number that ends a page line.
 */
export function removeFootnotes(
  text: string,
): PassResult & { references: number; bodies: number; pages: number } {
  const lines = splitLines(text);
  const plan: Plan = { state: { max: 0, open: new Set<number>() }, actions: [] };
  let page = 0;
  lines.forEach((line, i) => {
    const isPage =
      line.end - line.start >= MIN_PAGE_LINE && (i + 1 >= lines.length || isBlank(text, lines[i + 1]!));
    if (isPage) planPageLine(text, line.start, line.end, ++page, plan);
    else planLine(text, { ...line, page: false }, plan.state, plan.actions);
  });
  const count = (kind: Action["kind"]) => plan.actions.filter((a) => a.kind === kind).length;
  const evidence = plan.state.max >= MIN_REFERENCES && count("body") > 0;
  const applied = plan.actions.filter((a) => evidence || a.kind === "page");
  const ed = new TextEditor(text);
  let done = 0;
  for (const a of applied) {
    ed.replace(Math.max(a.from, done), a.to, ""); // a line-start reference took the space after it
    done = Math.max(done, a.to);
  }
  return {
    ...ed.finish(),
    changes: applied.length,
    references: evidence ? count("ref") : 0,
    bodies: evidence ? count("body") : 0,
    pages: count("page"),
  };
}

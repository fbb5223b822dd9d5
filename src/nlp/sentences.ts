// Sentence spans inside one clause: split on 。 and line breaks, never across the clause's bounds.
import type { Span } from "../core/span.js";

const SPACE = /\s/u;

/** A full-width period ends a sentence unless it follows a digit (「１．」 is an item marker). */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "。" || ch === "\n" || ch === "\r") return true;
  return ch === "．" && i > 0 && !/[0-9０-９]/u.test(text[i - 1] ?? "");
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] ?? "")) s++;
  while (e > s && SPACE.test(text[e - 1] ?? "")) e--;
  return s < e ? { start: s, end: e } : undefined;
}

/** 「 (2) 事実関係の調査」: an item marker after a space starts a new sentence (items inlined by PDF extraction). */
const INLINE_ITEM = /^[（(](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[）)]\s/u;

/** 「… 2 外部に漏えいしていない場合」: a bare item number between spaces (not 「第 1 項」「10 人」). */
const INLINE_NUMBER =
  /^[0-9０-９]{1,2}\s+(?![条項号年月日人件時分歳円回部名])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const DIGIT = /[0-9０-９]/u;

/** The last character before `i` that is not white space (trimEnd() of the whole prefix, without slicing it). */
function lastVisibleBefore(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && SPACE.test(text[k] ?? "")) k--;
  return k < 0 ? "" : (text[k] ?? "");
}

function startsInlineItem(text: string, i: number): boolean {
  const ch = text[i] ?? "";
  const paren = ch === "(" || ch === "（";
  // Cheap character tests first: this runs for every character of every clause.
  if ((!paren && !DIGIT.test(ch)) || !SPACE.test(text[i - 1] ?? "")) return false;
  if (paren && INLINE_ITEM.test(text.slice(i, i + 8))) return true;
  return /[^第\s]/u.test(lastVisibleBefore(text, i)) && INLINE_NUMBER.test(text.slice(i, i + 8));
}

/** Sentence ends, brackets, and digits after white space (inline item numbers; 「(1)」 opens a bracket). */
const INTERESTING = /[。．\n\r（(「『）)」』]|[0-9０-９](?<=\s[0-9０-９])/gu;

const OPEN = new Set(["（", "(", "「", "『"]);
const CLOSE = new Set(["）", ")", "」", "』"]);

/**
 * The sentences of `text.slice(within.start, within.end)` as absolute spans. A sentence keeps its
 * closing 。; line breaks end a sentence too (items and headings stand on their own lines). A 。
 * inside brackets (「…事案を含む。）」: seed 000 #1) does not end the sentence.
 */
export function splitSentences(text: string, within: Span): Span[] {
  const out: Span[] = [];
  let start = within.start;
  let depth = 0;
  // Only these characters can change anything below: jump between them natively.
  const clause = text.slice(within.start, within.end);
  INTERESTING.lastIndex = 0;
  for (let m = INTERESTING.exec(clause); m; m = INTERESTING.exec(clause)) {
    const i = within.start + m.index;
    const ch = m[0];
    if (depth === 0 && i > start && startsInlineItem(text, i)) {
      const s = trimmed(text, start, i);
      if (s) out.push(s);
      start = i;
    }
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (ch === "\n" || ch === "\r") depth = 0;
    if (!endsSentence(text, i) || (depth > 0 && ch !== "\n" && ch !== "\r")) continue;
    const end = text[i] === "。" || text[i] === "．" ? i + 1 : i;
    const s = trimmed(text, start, end);
    if (s) out.push(s);
    start = i + 1;
  }
  const last = trimmed(text, start, within.end);
  if (last) out.push(last);
  return out;
}

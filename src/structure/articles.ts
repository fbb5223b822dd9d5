// 第N条 / 第N条の2 / 第十二条 with its heading: 「第3条（報告）」「第1条 利用契約の成立」「（目的）第1条」,
// and the numbered items of 特記事項 and 要綱 written without 条: 「第4 乙は、…」「第１（目的）」「第一　…」.
import { span as makeSpan, type Span } from "../core/span.js";
import { parseNumber } from "./numerals.js";

const NUM = "([0-9]{1,4}|[〇零一二三四五六七八九十百千]{1,8})";
const ARTICLE = new RegExp(`第 ?${NUM} ?条(?: ?の ?${NUM})?`, "y");
const BRACKET_HEADING = /[ ]?[（(【]([^（）()【】\n]{1,40})[）)】]/y;
/** After 「第5条」 these continue a reference (第5条の規定, 第5条第2項, 第5条に, 第5条及び…), not an article. */
const REFERENCE_NEXT = new Set("の第、，,にでをがはとへや及又若並乃かま各項号）)」』・―－-～〜".split(""));
/** Stricter in mid-line (第7条で, 第3条中, 第3条前段): only a heading, a space or plain text may follow. */
const REFERENCE_NEXT_INLINE = new Set([...REFERENCE_NEXT, ..."中前後但".split("")]);
const BARE_HEADING_MAX = 30;
const BARE_ARTICLE = new RegExp(`第${NUM}(?:の${NUM})?(?=[ （(【\n]|$)`, "y");
/** 「第1 章」「第2 項」: a division or a reference, not a bare article. */
const UNIT_AFTER_NUMBER = new Set("条章節款編項号".split(""));

export interface ArticleMarker {
  readonly start: number;
  /** "3", "3の2" (ASCII digits). */
  readonly number: string;
  readonly value: number;
  readonly heading?: Span;
  /** Where the article's own text starts (after number and heading). */
  readonly bodyStart: number;
  /** Written without 条 (「第4 乙は、…」, municipal 特記事項): labelled 第4, its 項 第4の2項. */
  readonly bare?: boolean;
}

function skipSpaces(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && text.charCodeAt(j) === 0x20) j++;
  return j;
}

/** 「第13条 準拠法」 (real-files #5): the rest of a short line without punctuation is a heading. */
function bareHeading(text: string, from: number, lineEnd: number): Span | undefined {
  const start = skipSpaces(text, from, lineEnd);
  if (start === from || start >= lineEnd || lineEnd - start > BARE_HEADING_MAX) return undefined;
  const rest = text.slice(start, lineEnd);
  if (/[。、，．「」]/.test(rest) || rest === "削除") return undefined;
  return makeSpan(start, lineEnd);
}

/** The article number at `at` (第…条), its heading after it, or undefined when it is a reference. */
export function articleAt(
  text: string,
  at: number,
  lineEnd: number,
  inline: boolean,
): ArticleMarker | undefined {
  ARTICLE.lastIndex = at;
  const m = ARTICLE.exec(text);
  if (!m) return inline ? undefined : bareArticleAt(text, at, lineEnd);
  const end = at + m[0].length;
  const next = text[end] ?? "";
  if ((inline ? REFERENCE_NEXT_INLINE : REFERENCE_NEXT).has(next)) return undefined;
  const value = parseNumber(m[1]!);
  const sub = m[2] ? parseNumber(m[2]) : undefined;
  if (!Number.isFinite(value) || (sub !== undefined && !Number.isFinite(sub))) return undefined;
  const number = sub === undefined ? String(value) : `${value}の${sub}`;
  return withHeading(text, { start: at, number, value }, end, lineEnd, inline);
}

/**
 * 「第4 乙は、…」「第4（報告）」「第4」 alone on its line, at a line start only: a number without 条,
 * then a space, a bracket or the line end. 「第1 章」 is a division and 「第2 項の…」 a reference.
 */
function bareArticleAt(text: string, at: number, lineEnd: number): ArticleMarker | undefined {
  BARE_ARTICLE.lastIndex = at;
  const m = BARE_ARTICLE.exec(text);
  if (!m || at + m[0].length > lineEnd) return undefined;
  const end = at + m[0].length;
  if (UNIT_AFTER_NUMBER.has(text[skipSpaces(text, end, lineEnd)] ?? "")) return undefined;
  const value = parseNumber(m[1]!);
  const sub = m[2] ? parseNumber(m[2]) : undefined;
  if (!Number.isFinite(value) || (sub !== undefined && !Number.isFinite(sub))) return undefined;
  const number = sub === undefined ? String(value) : `${value}の${sub}`;
  return { ...withHeading(text, { start: at, number, value }, end, lineEnd, false), bare: true };
}

/** The heading after the number (bracketed, or the short rest of the line) and where the body starts. */
function withHeading(
  text: string,
  head: { start: number; number: string; value: number },
  end: number,
  lineEnd: number,
  inline: boolean,
): ArticleMarker {
  const at = head.start;
  const { number, value } = head;
  BRACKET_HEADING.lastIndex = end;
  const h = BRACKET_HEADING.exec(text);
  if (h && end + h[0].length <= lineEnd) {
    const hStart = end + h[0].indexOf(h[1]!);
    const heading = makeSpan(hStart, hStart + h[1]!.length);
    return { start: at, number, value, heading, bodyStart: skipSpaces(text, end + h[0].length, lineEnd) };
  }
  const bare = inline ? undefined : bareHeading(text, end, lineEnd);
  if (bare) return { start: at, number, value, heading: bare, bodyStart: lineEnd };
  return { start: at, number, value, bodyStart: skipSpaces(text, end, lineEnd) };
}

const HEADING_THEN_ARTICLE = /[（(【]([^（）()【】\n]{1,30})[）)】] ?(?=第)/y;

/** 「（目的）第1条本手続は…」 / 「(目的) 第1条」: a heading written before the number (seed 001). */
export function headedArticleAt(
  text: string,
  at: number,
  lineEnd: number,
  inline: boolean,
): ArticleMarker | undefined {
  HEADING_THEN_ARTICLE.lastIndex = at;
  const h = HEADING_THEN_ARTICLE.exec(text);
  if (!h) return undefined;
  const article = articleAt(text, at + h[0].length, lineEnd, inline);
  if (!article || article.heading) return undefined;
  const hStart = at + h[0].indexOf(h[1]!);
  return { ...article, start: at, heading: makeSpan(hStart, hStart + h[1]!.length) };
}

// What a line starts with: a division (第1章), an article, a heading, 附則, 別表/別紙, 以上, an enumerator…
import { span as makeSpan, type Span } from "../core/span.js";
import { type ArticleMarker, articleAt, headedArticleAt } from "./articles.js";
import { type Enumerator, enumeratorAt } from "./enumerators.js";
import { parseNumber } from "./numerals.js";

export type LineMarker =
  | {
      readonly kind: "division";
      readonly level: number;
      readonly label: string;
      readonly number: string;
      readonly heading?: Span;
      readonly toc: boolean;
    }
  | { readonly kind: "article"; readonly article: ArticleMarker }
  | { readonly kind: "heading"; readonly heading: Span }
  | { readonly kind: "supplementary"; readonly heading?: Span; readonly bodyStart: number }
  | { readonly kind: "appendix"; readonly label: string; readonly heading?: Span; readonly bodyStart: number }
  | { readonly kind: "inlineHeading"; readonly heading: Span; readonly bodyStart: number }
  | { readonly kind: "end" }
  | { readonly kind: "attestation" }
  | { readonly kind: "enum"; readonly enumerator: Enumerator };

/** 編 > 章 > 節 > 款; roman part numbers (Ⅰ．, real-files #2) rank with 編. */
const DIVISION_LEVEL: Record<string, number> = { 編: 0, 章: 1, 節: 2, 款: 3 };
const DIVISION = /第 ?([0-9]{1,4}|[〇零一二三四五六七八九十百千]{1,8}) ?([編章節款])/y;
const ROMAN = /([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4})[．.、 ]/y;
/** 「第1章 総則（第1条・第2条）」: a table-of-contents entry, not the chapter itself (real-files #1). */
const TOC_RANGE = /[（(]第 ?[0-9〇一二三四五六七八九十百千]{1,8} ?条/;
const HEADING_LINE = /^[（(【]([^（）()【】]{1,40})[）)】]$/;
const SUPPLEMENTARY = /附 ?則(?=$|[\n （(])/y;
const APPENDIX =
  /(別表|別紙|別記|別添|様式)(?: ?第? ?([0-9]{1,3}|[一二三四五六七八九十]{1,3})号?)?(?=$|[\n 「『（(：:])/y;
/** 「事故時の対応. 乙は…」 (seed 000): a short heading ended by a full stop opens a clause. */
const INLINE_HEADING = /([^ .．。、，「」（）()【】\n0-9]{2,20})[.．] /y;
const ATTESTATION = /証と(?:して|する)|証するため/;
/** 記名押印, or the copies made and kept: 「本書2通を作成し、甲乙各1通を保有する」 (real-files #14). */
const SIGNING = /記名|署名|押印|捺印|通を?作成|各1通/;

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

function trimmedSpan(text: string, from: number, to: number): Span | undefined {
  let s = from;
  let e = to;
  while (s < e && /[ 「『：:]/.test(text[s]!)) s++;
  while (e > s && /[ 」』]/.test(text[e - 1]!)) e--;
  return e > s ? makeSpan(s, e) : undefined;
}

function division(text: string, at: number, end: number): LineMarker | undefined {
  DIVISION.lastIndex = at;
  const m = DIVISION.exec(text);
  if (m) {
    const rest = text.slice(at + m[0].length, end);
    // 「第4章 労働時間、休憩及び休日」 (real-files #15) may hold a 、 after its space; 「第2章に定める…、」 is a reference.
    const punctuation = rest.startsWith(" ") ? /。/ : /[。、]/;
    if (punctuation.test(rest) || rest.length > 40) return undefined;
    const number = String(parseNumber(m[1]!));
    const heading = trimmedSpan(text, at + m[0].length, end);
    const label = `第${number}${m[2]}`;
    return {
      kind: "division",
      level: DIVISION_LEVEL[m[2]!]!,
      label,
      number,
      heading,
      toc: TOC_RANGE.test(rest),
    };
  }
  ROMAN.lastIndex = at;
  const r = ROMAN.exec(text);
  if (!r || end - at > 40) return undefined;
  return {
    kind: "division",
    level: 0,
    label: r[1]!,
    number: r[1]!,
    heading: trimmedSpan(text, at + r[0].length, end),
    toc: false,
  };
}

function annex(text: string, at: number, end: number): LineMarker | undefined {
  SUPPLEMENTARY.lastIndex = at;
  const s = SUPPLEMENTARY.exec(text);
  if (s) {
    const rest = text.slice(at + s[0].length, end);
    const bracket = /^ ?[（(]([^）)]{1,40})[）)]/.exec(rest);
    if (!bracket) return { kind: "supplementary", bodyStart: at + s[0].length };
    const hStart = at + s[0].length + bracket[0].indexOf(bracket[1]!);
    const heading = makeSpan(hStart, hStart + bracket[1]!.length);
    return { kind: "supplementary", heading, bodyStart: at + s[0].length + bracket[0].length };
  }
  APPENDIX.lastIndex = at;
  const a = APPENDIX.exec(text);
  if (!a || end - at > 60) return undefined;
  const label = a[2] ? `${a[1]}${String(parseNumber(a[2]))}` : a[1]!;
  return { kind: "appendix", label, heading: trimmedSpan(text, at + a[0].length, end), bodyStart: end };
}

/**
 * 「…受講する。（障害等の対応）」 then 「第19条 …」 on the next line: PDF extraction glued the next
 * article's heading to the end of the previous paragraph. A bracketed heading that closes the line
 * after 。 is a heading event (weak: the builder keeps it only for an article that follows); an
 * annotation such as 「（以下同じ。）」 or 「（平成30年改正）」 is not.
 */
export function trailingHeading(text: string, at: number, end: number): LineMarker | undefined {
  if (text[at - 1] !== "。" || !isBracket(text[at]) || end - at > 42) return undefined;
  const h = HEADING_LINE.exec(text.slice(at, end));
  if (!h || /[。年]|改正|同じ|追加|削除/.test(h[1]!)) return undefined;
  return { kind: "heading", heading: makeSpan(at + 1, at + 1 + h[1]!.length) };
}

function standalone(text: string, at: number, end: number): LineMarker | undefined {
  if (end - at === 2 && text.startsWith("以上", at)) return { kind: "end" };
  if (isBracket(text[at]) && end - at <= 42) {
    const h = HEADING_LINE.exec(text.slice(at, end));
    if (h) return { kind: "heading", heading: makeSpan(at + 1, at + 1 + h[1]!.length) };
  }
  // A slice and includes() search natively; a JS loop over every line's characters is slow before the JIT warms up.
  const line = text.slice(at, end);
  if (line.includes("証") && ATTESTATION.test(line) && SIGNING.test(line)) return { kind: "attestation" };
  INLINE_HEADING.lastIndex = at;
  const ih = INLINE_HEADING.exec(text);
  if (ih && at + ih[0].length <= end && hasNonAscii(ih[1]!)) {
    return { kind: "inlineHeading", heading: makeSpan(at, at + ih[1]!.length), bodyStart: at + ih[0].length };
  }
  return undefined;
}

function isBracket(c: string | undefined): boolean {
  return c === "（" || c === "(" || c === "【";
}

/** The marker at the start of the line `text[at, end)` (at = first non-space character). */
export function lineMarker(text: string, at: number, end: number): LineMarker | undefined {
  if (at >= end) return undefined;
  const first = text[at];
  if (isBracket(first)) {
    const headed = headedArticleAt(text, at, end, false);
    if (headed) return { kind: "article", article: headed };
  }
  if (first === "第") {
    const article = articleAt(text, at, end, false);
    return article ? { kind: "article", article } : division(text, at, end);
  }
  if (first !== undefined && "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ".includes(first)) return division(text, at, end);
  const structural =
    (first === "附" || first === "別" || first === "様" ? annex(text, at, end) : undefined) ??
    standalone(text, at, end);
  if (structural) return structural;
  const enumerator = enumeratorAt(text, at);
  return enumerator ? { kind: "enum", enumerator } : undefined;
}

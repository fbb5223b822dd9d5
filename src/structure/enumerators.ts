// Paragraph and item markers at a position: 2 / ２ / 2. / ２． / ② / (1) / （１） / ⑴ / 一 / イ / ア / (ア) / a.
import {
  circledValue,
  fullStopValue,
  GOJUON,
  IROHA,
  kanaValue,
  latinValue,
  parenthesizedValue,
  parseNumber,
} from "./numerals.js";

/** `kana` markers (イ, ア) are resolved to iroha or gojūon order by the builder, from context. */
export type EnumStyle =
  | "arabic"
  | "arabic-dot"
  | "arabic-paren-right"
  | "paren-arabic"
  | "circled"
  | "kanji"
  | "paren-kanji"
  | "kana"
  | "paren-kana"
  | "iroha"
  | "gojuon"
  | "paren-iroha"
  | "paren-gojuon"
  | "latin"
  | "paren-latin";

export interface Enumerator {
  readonly style: EnumStyle;
  readonly value: number;
  /** For kana markers: the value in gojūon order (`value` is the iroha one). */
  readonly gojuonValue?: number;
  /** The marker as written, e.g. "(1)", "２．", "イ". */
  readonly marker: string;
  readonly start: number;
  /** Where the provision's own text starts (after the marker and its separator). */
  readonly bodyStart: number;
  /** No separator between marker and text (「２前項の…」「一大学、…」): accepted only in context. */
  readonly glued: boolean;
}

const COUNTER_AFTER = "年月日時分条項号章節款編人件名回個円倍割歳部通枚頁番%％か箇ヶカ営週者つ";
const PAREN = /[(（](?:([0-9]{1,3})|([一二三四五六七八九十]{1,3})|([ア-ン])|([a-z]))[)）]/y;
const ARABIC = new RegExp(
  `([0-9]{1,3})(?:([.．])(?![0-9])|([)）])|(?![0-9.．,，:：/\\-${COUNTER_AFTER}]))`,
  "y",
);
const KANJI = new RegExp(
  `([一二三四五六七八九十]{1,3})(?![${COUNTER_AFTER}一二三四五六七八九十百千切部定般時方括体度覧層連重])`,
  "y",
);
const KANA = /([ア-ン])(?=[ .．])/y;
const LATIN = /([a-z])[.)](?= )/y;

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x3000)) j++;
  return j;
}

function make(
  text: string,
  start: number,
  end: number,
  fields: { style: EnumStyle; value: number; gojuonValue?: number },
): Enumerator | undefined {
  if (!(fields.value >= 1) && !((fields.gojuonValue ?? 0) >= 1)) return undefined;
  const bodyStart = skipSpaces(text, end);
  const next = text.charCodeAt(end);
  const last = text.charCodeAt(end - 1);
  const separated =
    bodyStart > end || end >= text.length || next === 0x0a || next === 0xff08 || next === 0x28;
  // . ． ) ） 、 end the marker itself: 「4.セゾンは」 is separated
  const punctuated = last === 0x2e || last === 0xff0e || last === 0x29 || last === 0xff09 || last === 0x3001;
  const marker = text.slice(start, end);
  const glued = !separated && !punctuated;
  const e: Enumerator = { style: fields.style, value: fields.value, marker, start, bodyStart, glued };
  return fields.gojuonValue === undefined ? e : { ...e, gojuonValue: fields.gojuonValue };
}

/** ① ⑴ ⒈: one character that delimits itself (「①受託者は」 is not glued to its text). */
function single(text: string, at: number): Enumerator | undefined {
  const c = text.charCodeAt(at);
  const circled = circledValue(c);
  const paren = parenthesizedValue(c);
  const stop = fullStopValue(c);
  let e: Enumerator | undefined;
  if (!Number.isNaN(circled)) e = make(text, at, at + 1, { style: "circled", value: circled });
  else if (!Number.isNaN(paren)) e = make(text, at, at + 1, { style: "paren-arabic", value: paren });
  else if (!Number.isNaN(stop)) e = make(text, at, at + 1, { style: "arabic-dot", value: stop });
  return e && { ...e, glued: false };
}

function parenthesized(text: string, at: number): Enumerator | undefined {
  PAREN.lastIndex = at;
  const m = PAREN.exec(text);
  if (!m) return undefined;
  const end = at + m[0].length;
  if (m[1]) return make(text, at, end, { style: "paren-arabic", value: Number(m[1]) });
  if (m[2]) return make(text, at, end, { style: "paren-kanji", value: parseNumber(m[2]) });
  if (m[3]) {
    const value = kanaValue(m[3], IROHA);
    return make(text, at, end, { style: "paren-kana", value, gojuonValue: kanaValue(m[3], GOJUON) });
  }
  return make(text, at, end, { style: "paren-latin", value: latinValue(m[4] ?? "") });
}

function arabic(text: string, at: number): Enumerator | undefined {
  ARABIC.lastIndex = at;
  const m = ARABIC.exec(text);
  if (!m) return undefined;
  const style: EnumStyle = m[2] ? "arabic-dot" : m[3] ? "arabic-paren-right" : "arabic";
  const e = make(text, at, at + m[0].length, { style, value: Number(m[1]) });
  // 「2024年」「3,200」 never reach here; a bare number must be followed by text, not by ASCII, and a
  // number alone on its line is a page or margin number (real-files #3), not a paragraph.
  if (e && style === "arabic" && e.glued && text.charCodeAt(e.bodyStart) < 0x80) return undefined;
  if (e && style === "arabic" && (e.bodyStart >= text.length || text[e.bodyStart] === "\n")) return undefined;
  return e;
}

function kanjiOrKana(text: string, at: number): Enumerator | undefined {
  KANJI.lastIndex = at;
  const k = KANJI.exec(text);
  if (k) {
    const sep = text[at + k[0].length] === "、" || text[at + k[0].length] === "．" ? 1 : 0;
    return make(text, at, at + k[0].length + sep, { style: "kanji", value: parseNumber(k[1]!) });
  }
  KANA.lastIndex = at;
  const kana = KANA.exec(text);
  if (kana) {
    const sep = text[at + 1] === "." || text[at + 1] === "．" ? 1 : 0;
    const value = kanaValue(kana[1]!, IROHA);
    return make(text, at, at + 1 + sep, { style: "kana", value, gojuonValue: kanaValue(kana[1]!, GOJUON) });
  }
  LATIN.lastIndex = at;
  const latin = LATIN.exec(text);
  return latin ? make(text, at, at + 2, { style: "latin", value: latinValue(latin[1]!) }) : undefined;
}

/** The enumerator starting exactly at `at`, if any. */
export function enumeratorAt(text: string, at: number): Enumerator | undefined {
  const c = text.charCodeAt(at);
  if (c === 0x28 || c === 0xff08) return parenthesized(text, at);
  if (c >= 0x30 && c <= 0x39) return arabic(text, at);
  if ((c >= 0x2460 && c <= 0x24ff) || (c >= 0x3251 && c <= 0x32bf)) return single(text, at);
  const kanjiNumeral = "一二三四五六七八九十".includes(text[at] ?? "x");
  const kana = c >= 0x30a2 && c <= 0x30f3;
  const latin = c >= 0x61 && c <= 0x7a;
  return kanjiNumeral || kana || latin ? kanjiOrKana(text, at) : undefined;
}

// Numbers as contracts write them: 12, １２, 十二, 一〇, ①, ⑴, ⒈, イ (iroha order), ア (gojūon order).

import { parseKanjiNumber } from "../core/numerals.js";

export { KANJI_NUMERAL_CHARS, parseKanjiNumber } from "../core/numerals.js";

/** ASCII or full-width digits, or a kanji numeral. */
export function parseNumber(s: string): number {
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]{1,9}$/.test(ascii)) return Number(ascii);
  return parseKanjiNumber(s);
}

/** ① … ⑳ ㉑ … ㉟ ㊱ … ㊿ → 1 … 50, else NaN. */
export function circledValue(c: number): number {
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return Number.NaN;
}

/** ⑴ … ⒇ → 1 … 20; ⒈ … ⒛ → 1 … 20 (as a second value); else NaN. */
export function parenthesizedValue(c: number): number {
  if (c >= 0x2474 && c <= 0x2487) return c - 0x2474 + 1;
  return Number.NaN;
}

export function fullStopValue(c: number): number {
  if (c >= 0x2488 && c <= 0x249b) return c - 0x2488 + 1;
  return Number.NaN;
}

export const IROHA =
  "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
export const GOJUON =
  "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

/** 1-based position of a katakana in the given order, or NaN. */
export function kanaValue(ch: string, order: string): number {
  const i = order.indexOf(ch);
  return i < 0 || ch.length !== 1 ? Number.NaN : i + 1;
}

/** 1-based position of a lower-case latin letter. */
export function latinValue(ch: string): number {
  const c = ch.toLowerCase().charCodeAt(0);
  return ch.length === 1 && c >= 0x61 && c <= 0x7a ? c - 0x60 : Number.NaN;
}

// Kanji numerals as contracts write them (十二, 二十, 百一, positional 一〇): shared by structure and nlp.

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a kanji numeral is written with (for regex classes). */
export const KANJI_NUMERAL_CHARS = "〇零一二三四五六七八九十百千";

/** 十二 → 12, 二十 → 20, 百一 → 101, 一〇 → 10 (positional). NaN when it is not a numeral. */
export function parseKanjiNumber(s: string): number {
  if (!s) return Number.NaN;
  let total = 0;
  let digit = -1;
  let positional = true;
  for (const ch of s) if (KANJI_UNITS[ch] !== undefined) positional = false;
  for (const ch of s) {
    const d = KANJI_DIGITS[ch];
    const u = KANJI_UNITS[ch];
    if (d !== undefined) digit = positional ? Math.max(digit, 0) * 10 + d : d;
    else if (u !== undefined) {
      total += (digit < 0 ? 1 : digit) * u;
      digit = -1;
    } else return Number.NaN;
  }
  return positional ? digit : total + Math.max(digit, 0);
}

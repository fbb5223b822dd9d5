// Numbers as contracts write them: ASCII, full-width (２４) or kanji (二十四, 七十二, 百).

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

function parseKanji(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let positional = "";
  for (const ch of s) {
    if (ch in KANJI_DIGITS) {
      digit = KANJI_DIGITS[ch]!;
      positional += String(digit);
    } else if (ch in KANJI_UNITS) {
      total += (digit ?? 1) * KANJI_UNITS[ch]!;
      digit = undefined;
      positional = "";
    } else return undefined;
  }
  // 二四 (positional) vs 二十四 (with units): units present → sum; none → read digit by digit.
  return total === 0 && positional ? Number(positional) : total + (digit ?? 0);
}

/** The value of a number written in ASCII, full-width or kanji digits; undefined when it is not one. */
export function parseNumber(s: string): number | undefined {
  const ascii = s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (/^[0-9]+$/u.test(ascii)) return Number(ascii);
  return ascii ? parseKanji(ascii) : undefined;
}

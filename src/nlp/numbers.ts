// Numbers as contracts write them: ASCII, full-width (２４) or kanji (二十四, 七十二, 百).

import { parseKanjiNumber } from "../core/numerals.js";

/** The value of a number written in ASCII, full-width or kanji digits; undefined when it is not one. */
export function parseNumber(s: string): number | undefined {
  const ascii = s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (/^[0-9]+$/u.test(ascii)) return Number(ascii);
  const kanji = parseKanjiNumber(ascii);
  return Number.isNaN(kanji) ? undefined : kanji;
}

// Character classes for the normalisation passes, by UTF-16 code unit (fast, no regex per character).

export function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || c === 0x3006;
}

export function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x309f;
}

export function isKatakana(c: number): boolean {
  return (c >= 0x30a0 && c <= 0x30ff) || c === 0x30fc;
}

/** Kanji, kana, 々 and surrogates (𠮷 and the other supplementary ideographs): Japanese word characters. */
export function isJapanese(c: number): boolean {
  return isKanji(c) || isHiragana(c) || isKatakana(c) || (c >= 0xd800 && c <= 0xdfff);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Space, tab, no-break space, the typographic spaces and the ideographic space. */
export function isHorizontalSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f
  );
}

export const NEWLINE = 0x0a;

/** Opening brackets after which a space is an extraction artefact: ( （ 「 『 [ 【. */
export function isOpeningBracket(c: number): boolean {
  return c === 0x28 || c === 0xff08 || c === 0x300c || c === 0x300e || c === 0x5b || c === 0x3010;
}

/** Closing brackets before which a space is an extraction artefact: ) ） 」 』 ] 】. */
export function isClosingBracket(c: number): boolean {
  return c === 0x29 || c === 0xff09 || c === 0x300d || c === 0x300f || c === 0x5d || c === 0x3011;
}

// Cuts a sentence into short pieces for kuromoji, whose lattice cost grows with the square of a
// stretch without punctuation (DESIGN.md traps: 53 s vs 4.6 s on 1 MB).
import type { Span } from "../core/span.js";

/** Longest piece handed to kuromoji; long unpunctuated stretches are cut near this length. */
export const MAX_PIECE_LENGTH = 48;

const DELIMITER = /[、，,。．\s]/u;
const KANJI_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}ー]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;

/** A cut after a hiragana run and before kanji/katakana is almost always a word boundary (particle → noun). */
function cutPoint(text: string, start: number, hardEnd: number): number {
  for (let i = hardEnd - 1; i > start + MAX_PIECE_LENGTH / 2; i--) {
    if (HIRAGANA.test(text[i - 1] ?? "") && KANJI_OR_KATAKANA.test(text[i] ?? "")) return i;
  }
  const code = text.charCodeAt(hardEnd - 1);
  // Never split a surrogate pair (𠮷): keep the high surrogate with its low half.
  return code >= 0xd800 && code <= 0xdbff ? hardEnd + 1 : hardEnd;
}

/** Pieces of `within`: each ends after a delimiter (、。 space, newline) or at a capped length. */
export function splitPieces(text: string, within: Span): Span[] {
  const out: Span[] = [];
  let start = within.start;
  for (let i = within.start; i < within.end; i++) {
    if (DELIMITER.test(text[i] ?? "")) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    } else if (i + 1 - start >= MAX_PIECE_LENGTH) {
      const cut = Math.min(cutPoint(text, start, i + 1), within.end);
      out.push({ start, end: cut });
      start = cut;
      i = cut - 1;
    }
  }
  if (start < within.end) out.push({ start, end: within.end });
  return out;
}

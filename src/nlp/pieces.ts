// Cuts a sentence into short pieces for kuromoji, whose lattice cost grows with the square of a
// stretch without punctuation (DESIGN.md traps: 53 s vs 4.6 s on 1 MB).
import type { Span } from "../core/span.js";

/** Longest piece handed to kuromoji; long unpunctuated stretches are cut near this length. */
export const MAX_PIECE_LENGTH = 48;

/** Global: exec from a lastIndex finds the next delimiter natively (no per-character test). */
const DELIMITER = /[、，,。．\s]/gu;
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

/** Index of the first delimiter at or after `from` (`end` when there is none before it). */
function nextDelimiter(text: string, from: number, end: number): number {
  DELIMITER.lastIndex = from;
  const m = DELIMITER.exec(text);
  return m && m.index < end ? m.index : end;
}

/** Pieces of `within`: each ends after a delimiter (、。 space, newline) or at a capped length. */
export function splitPieces(text: string, within: Span): Span[] {
  const out: Span[] = [];
  let start = within.start;
  let delimiter = nextDelimiter(text, start, within.end);
  while (start < within.end) {
    // The cap applies at the character that makes the piece MAX_PIECE_LENGTH long, unless a delimiter ends it there.
    const capAt = start + MAX_PIECE_LENGTH - 1;
    if (delimiter <= capAt) {
      if (delimiter >= within.end) break;
      out.push({ start, end: delimiter + 1 });
      start = delimiter + 1;
      delimiter = nextDelimiter(text, start, within.end);
    } else {
      if (capAt >= within.end) break;
      const cut = Math.min(cutPoint(text, start, capAt + 1), within.end);
      out.push({ start, end: cut });
      start = cut;
    }
  }
  if (start < within.end) out.push({ start, end: within.end });
  return out;
}

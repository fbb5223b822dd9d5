// Text hygiene shared by every format, applied before SourceText.text becomes the coordinate system.

/**
 * Line endings become LF (CRLF and lone CR alike: real-files #20 mixes them), a form feed (a page
 * break in text files) becomes LF, and the other C0/C1 control characters are dropped: no later stage
 * should meet a NUL. Decided here, once, because every span downstream counts in this text.
 */
export function cleanText(text: string): string {
  // Most texts need none of it: one native scan decides, instead of three replacing passes.
  if (!NEEDS_CLEANING.test(text)) return text;
  return (
    text
      .replace(/\r\n?|\f/g, "\n")
      .replace(/\uFEFF/g, "")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g, "")
  );
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NEEDS_CLEANING = /[\r\f\uFEFF\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

/** True when the text has something besides whitespace. */
export function hasVisibleText(text: string): boolean {
  return /[^\s\u3000]/.test(text);
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Number of Han, Hiragana and Katakana characters (the "JP chars" of real-files/SOURCES.md). */
export function countJapanese(text: string): number {
  return text.match(JAPANESE)?.length ?? 0;
}

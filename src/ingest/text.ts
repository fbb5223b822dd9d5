// Plain text → SourceText fields: decode (UTF-8/UTF-16/Shift_JIS/EUC-JP), strip the BOM, LF line endings.
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { ClausegapError } from "../core/errors.js";
import { cleanText, hasVisibleText } from "./cleanup.js";
import { decodeText } from "./encoding.js";
import { hasBinaryBytes } from "./signatures.js";

export interface TextResult {
  readonly text: string;
  readonly encoding: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** A line longer than this probably lost its line breaks (a paragraph structure cannot be read from it). */
const LONG_LINE = 20_000;

export function ingestText(bytes: Uint8Array): TextResult {
  const decoded = decodeText(bytes);
  if (!decoded) {
    if (hasBinaryBytes(bytes.subarray(0, 4096))) {
      throw new ClausegapError("UNSUPPORTED_FORMAT", { detected: "binary data" });
    }
    throw new ClausegapError("UNDECODABLE_TEXT");
  }
  const text = cleanText(decoded.text);
  if (!hasVisibleText(text)) throw new ClausegapError("NO_TEXT");
  return { text, encoding: decoded.encoding, diagnostics: longLineWarning(text) };
}

function longLineWarning(text: string): Diagnostic[] {
  let longest = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    longest = Math.max(longest, stop - start);
    start = stop + 1;
  }
  if (longest <= LONG_LINE) return [];
  return [
    diagnostic(
      "TEXT_VERY_LONG_LINE",
      `改行のない非常に長い行（${longest.toLocaleString("en-US")} 文字）があります。条項の区切りを正しく読み取れない可能性があります。`,
      `The text has a very long line without breaks (${longest} characters); provisions may not be separated correctly.`,
    ),
  ];
}

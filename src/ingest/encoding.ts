// Detects and decodes Japanese text encodings (DESIGN.md: detect, never guess silently; report the encoding used).
import Encoding from "encoding-japanese";

export interface Decoded {
  readonly text: string;
  /** What the user is told: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "Shift_JIS", "EUC-JP" … */
  readonly encoding: string;
}

interface Candidate {
  /** WHATWG label for TextDecoder (its shift_jis is Windows-31J/CP932, with NEC and IBM extensions). */
  readonly label: string;
  readonly name: string;
}

const UTF8: Candidate = { label: "utf-8", name: "UTF-8" };
const SJIS: Candidate = { label: "shift_jis", name: "Shift_JIS" };
const EUCJP: Candidate = { label: "euc-jp", name: "EUC-JP" };
const UTF16LE: Candidate = { label: "utf-16le", name: "UTF-16LE" };
const UTF16BE: Candidate = { label: "utf-16be", name: "UTF-16BE" };
const JIS: Candidate = { label: "iso-2022-jp", name: "ISO-2022-JP" };

const BOMS: readonly { bytes: readonly number[]; candidate: Candidate }[] = [
  { bytes: [0xef, 0xbb, 0xbf], candidate: { ...UTF8, name: "UTF-8 (BOM)" } },
  { bytes: [0xff, 0xfe], candidate: { ...UTF16LE, name: "UTF-16LE (BOM)" } },
  { bytes: [0xfe, 0xff], candidate: { ...UTF16BE, name: "UTF-16BE (BOM)" } },
];

/** encoding-japanese's verdict, mapped to our candidates (it knows SJIS/EUC-JP byte patterns best). */
const FROM_DETECTOR: Partial<Record<string, Candidate>> = {
  ASCII: UTF8,
  UTF8,
  SJIS,
  EUCJP,
  JIS,
  UTF16LE,
  UTF16BE,
};

/** Below this share of plausible characters a decoding is taken to be wrong (mojibake). */
const MIN_PLAUSIBLE = 0.97;
/** `fatal` already checked every byte; the plausibility of the first million characters is enough. */
const SAMPLE_CHARS = 1_000_000;

function tryDecode(bytes: Uint8Array, c: Candidate): string | undefined {
  try {
    return new TextDecoder(c.label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Share of characters that a Japanese or English text plausibly contains (C1 controls, private use,
 * Hangul… come from decoding with the wrong encoding). A few C0 controls are tolerated (a DOS EOF
 * 0x1A, a stray BEL): they mean the same in every candidate encoding; more than 1% count against it.
 */
export function plausibility(text: string): number {
  let good = 0;
  let controls = 0;
  let total = 0;
  // A char-code loop (no code-point iterator, no Set or array lookups): it may run over a million characters.
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    total++;
    if (cp < 0x20 && !isWhitespaceControl(cp)) controls++;
    else if (isPlausible(cp)) good++;
  }
  if (total === 0) return 1;
  return controls / total <= 0.01 ? good / (total - controls || 1) : good / total;
}

/** TAB, LF, FF, CR. */
function isWhitespaceControl(cp: number): boolean {
  return cp === 0x09 || cp === 0x0a || cp === 0x0c || cp === 0x0d;
}

function isPlausible(cp: number): boolean {
  if (cp < 0x20) return isWhitespaceControl(cp);
  if (cp >= 0x7f && cp < 0xa0) return false;
  if (cp < 0x0500) return true; // Latin, Greek, Cyrillic (JIS X 0208 has the last two)
  return (
    (cp >= 0x2000 && cp <= 0x2bff) || // punctuation, letterlike, arrows, math, box drawing, shapes, enclosed alphanumerics
    (cp >= 0x2e80 && cp <= 0x2fdf) || // CJK and Kangxi radicals (macOS PDFs, real-files #9)
    (cp >= 0x3000 && cp <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (cp >= 0x31f0 && cp <= 0x33ff) || // katakana extension, enclosed CJK (㈱), CJK compatibility (㍿)
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xffef) || // full-width and half-width forms
    (cp >= 0x20000 && cp <= 0x3134f) // CJK extensions B–G (𠮷)
  );
}

function bomCandidate(bytes: Uint8Array) {
  return BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
}

/**
 * UTF-16 without a BOM: its ASCII characters (at least the line breaks) put a NUL byte on the odd (LE)
 * or even (BE) side. Without NULs it is not considered: random bytes decode to plausible-looking CJK.
 */
function utf16Order(bytes: Uint8Array): Candidate[] {
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (bytes.length % 2 !== 0 || even + odd === 0) return [];
  if (odd > even * 4) return [UTF16LE];
  if (even > odd * 4) return [UTF16BE];
  return [];
}

function candidateOrder(bytes: Uint8Array): Candidate[] {
  const detected = Encoding.detect(bytes.subarray(0, 1 << 20));
  const utf16 = utf16Order(bytes);
  const rest = [UTF8, SJIS, EUCJP, ...utf16];
  const first = detected ? FROM_DETECTOR[detected] : undefined;
  if (!first || (first.label.startsWith("utf-16") && !utf16.includes(first))) return rest;
  return [first, ...rest.filter((c) => c !== first)];
}

/**
 * Valid UTF-8 is by far the commonest input: one fatal decode settles it, before the detector scans
 * every byte for a dozen encodings. Not for bytes with NUL (UTF-16 without a BOM) or ESC (ISO-2022-JP
 * is 7-bit, hence valid UTF-8 too): those take the detector's path.
 */
function fastUtf8(bytes: Uint8Array): string | undefined {
  if (bytes.indexOf(0x00) >= 0 || bytes.indexOf(0x1b) >= 0) return undefined;
  const text = tryDecode(bytes, UTF8);
  return text !== undefined && plausibility(text.slice(0, SAMPLE_CHARS)) >= MIN_PLAUSIBLE ? text : undefined;
}

/**
 * Decodes the bytes, or returns undefined when no supported encoding gives plausible text.
 * A BOM is trusted (and stripped); otherwise each candidate must decode with `fatal` and look like text.
 */
export function decodeText(bytes: Uint8Array): Decoded | undefined {
  const bom = bomCandidate(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.bytes.length), bom.candidate);
    return text === undefined ? undefined : { text, encoding: bom.candidate.name };
  }
  const utf8 = fastUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: UTF8.name };
  for (const c of candidateOrder(bytes)) {
    const text = tryDecode(bytes, c);
    if (text !== undefined && plausibility(text.slice(0, SAMPLE_CHARS)) >= MIN_PLAUSIBLE) {
      return { text, encoding: c.name };
    }
  }
  return undefined;
}

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
  // Counted by native regex scans (the text may be a million characters; a JS loop over each one is
  // slow before the JIT warms up). Only the rare characters produce matches.
  const pairs = countMatches(text, SURROGATE_PAIR);
  const total = text.length - pairs;
  if (total === 0) return 1;
  const controls = countMatches(text, STRAY_CONTROL);
  const good = total - controls - countMatches(text, IMPLAUSIBLE);
  return controls / total <= 0.01 ? good / (total - controls || 1) : good / total;
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;
/** C0 controls other than TAB, LF, FF and CR. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it counts
const STRAY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/g;
/**
 * Neither a C0 control nor plausible: C1 controls, private use, Hangul… Plausible are ASCII, Latin,
 * Greek and Cyrillic (JIS X 0208 has the last two), punctuation, letterlike, arrows, math, box drawing,
 * shapes and enclosed alphanumerics, CJK and Kangxi radicals (macOS PDFs, real-files #9), CJK
 * punctuation, kana, enclosed CJK (㈱) and CJK compatibility (㍿), CJK ideographs (extension A, unified,
 * compatibility, compatibility forms, extensions B–G such as 𠮷), full-width and half-width forms.
 */
const IMPLAUSIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the class excludes controls
  /[^\u0000-\u007e\u00a0-\u04ff\u2000-\u2bff\u2e80-\u2fdf\u3000-\u30ff\u31f0-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/gu;

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

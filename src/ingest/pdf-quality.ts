// Judges a PDF's text layer page by page: usable, empty (scanned/outlined), or garbage (Type 3 fonts
// without ToUnicode, real-files #4: control bytes and ASCII junk, 0 Japanese characters).
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import { countJapanese } from "./cleanup.js";

export type PageQuality = "text" | "empty" | "garbage";

const VISIBLE = /[^\s\u3000]/gu;
/** What a text layer built from a real character map does not produce. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNUSABLE = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD\uE000-\uF8FF]/gu;
/** A page with fewer visible characters than this counts as having no text (a lone page number). */
const EMPTY_PAGE_CHARS = 10;

/** Classifies one page from its raw extracted text (before control characters are cleaned away). */
export function pageQuality(raw: string): PageQuality {
  const visible = raw.match(VISIBLE)?.length ?? 0;
  if (visible < EMPTY_PAGE_CHARS) return "empty";
  const unusable = raw.match(UNUSABLE)?.length ?? 0;
  const japanese = countJapanese(raw);
  // real-files #4: about half the characters are control bytes and none is Japanese.
  if (unusable / visible >= 0.1 && japanese / visible < 0.2) return "garbage";
  return "text";
}

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\uFF10-\uFF19";
const SPACED = new RegExp(`[${CJK}] (?=[${CJK}])`, "gu");
const CJK_ANY = new RegExp(`[${CJK}]`, "gu");

/**
 * OCR layers of scans often put a space between every character ("第 １ 条 こ の 規 程", real-files #3).
 * The text is kept as found (normalize repairs it); the user is told.
 */
export function spacedOutWarning(text: string): Diagnostic[] {
  const cjk = text.match(CJK_ANY)?.length ?? 0;
  const spaced = text.match(SPACED)?.length ?? 0;
  if (cjk < 50 || spaced / cjk < 0.2) return [];
  return [
    diagnostic(
      "PDF_SPACED_OUT_TEXT",
      "PDF の文字の間に空白が多く入っています（OCR で付けた文字情報の可能性があります）。誤認識が含まれることがあります。",
      "The PDF's text has spaces between many characters (probably an OCR text layer); it may contain recognition errors.",
    ),
  ];
}

const list = (pages: readonly number[]) => pages.join(", ");

/** Warnings for pages that had to be skipped or carry no text. */
export function pageWarnings(qualities: readonly PageQuality[]): Diagnostic[] {
  const numbers = (q: PageQuality) => qualities.flatMap((v, i) => (v === q ? [i + 1] : []));
  const out: Diagnostic[] = [];
  const empty = numbers("empty");
  if (empty.length > 0) {
    out.push(
      diagnostic(
        "PDF_PAGES_WITHOUT_TEXT",
        `文字情報がほとんどないページがあります（${list(empty)} ページ）。画像だけのページは読み取れません。`,
        `Some pages have little or no text (page ${list(empty)}); pages that are only images cannot be read.`,
      ),
    );
  }
  const garbage = numbers("garbage");
  if (garbage.length > 0) {
    out.push(
      diagnostic(
        "PDF_PAGES_UNUSABLE_TEXT",
        `文字情報が読み取れないページを除外しました（${list(garbage)} ページ）。`,
        `Skipped pages whose text layer is unusable (page ${list(garbage)}).`,
      ),
    );
  }
  return out;
}

// The diagnostics normalize leaves: what it repaired, with counts, in Japanese and English.
import { type Diagnostic, diagnostic } from "../core/diagnostics.js";
import type { CharacterCounts } from "./characters.js";
import type { PageArtefactCounts } from "./page-artefacts.js";
import type { SpacingCounts } from "./spacing.js";

export function wrapperNote(skipped: number): Diagnostic {
  return diagnostic(
    "WEB_CAPTURE_WRAPPER_SKIPPED",
    `ウェブページの保存形式と判断しました。本文（「Transcription:」の行の後）より前の ${skipped} 文字（類似文書の一覧など）は解析していません。`,
    `The file looks like a saved web page: the ${skipped} characters before the document (a "Similar documents" panel, up to the line "Transcription:") were skipped.`,
  );
}

export function characterNotes(c: CharacterCounts): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (c.radicals > 0) {
    notes.push(
      diagnostic(
        "COMPATIBILITY_CHARACTERS_NORMALIZED",
        `康熙部首・互換漢字 ${c.radicals} 文字を通常の漢字に置き換えました（例：⽤ → 用）。`,
        `Replaced ${c.radicals} Kangxi-radical or compatibility characters with the ordinary ideographs (e.g. ⽤ → 用).`,
      ),
    );
  }
  if (c.halfwidthKana > 0) {
    notes.push(
      diagnostic(
        "HALFWIDTH_KANA_NORMALIZED",
        `半角カタカナ ${c.halfwidthKana} 文字を全角にしました。`,
        `Converted ${c.halfwidthKana} half-width katakana characters to full width.`,
      ),
    );
  }
  return notes;
}

export function pageNotes(c: PageArtefactCounts, footnotePages: number): Diagnostic[] {
  const pageNumbers = c.pageNumbers + footnotePages;
  if (c.markers + pageNumbers + c.headers === 0) return [];
  return [
    diagnostic(
      "PDF_PAGE_ARTEFACTS_REMOVED",
      `ページ区切り ${c.markers} 行、ページ番号 ${pageNumbers} 個、繰り返しのヘッダー・フッター ${c.headers} 行を除きました。`,
      `Removed ${c.markers} page-marker lines, ${pageNumbers} page numbers and ${c.headers} repeated header/footer lines.`,
    ),
  ];
}

export function footnoteNote(references: number, bodies: number): Diagnostic[] {
  if (references + bodies === 0) return [];
  return [
    diagnostic(
      "PDF_FOOTNOTES_REMOVED",
      `脚注番号 ${references} 個と、ページ末の脚注本文 ${bodies} か所を除きました。`,
      `Removed ${references} footnote reference numbers and ${bodies} footnote blocks at page ends.`,
    ),
  ];
}

export function spacingNotes(c: SpacingCounts): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (c.ocrLines > 0) {
    notes.push(
      diagnostic(
        "OCR_SPACING_REPAIRED",
        `1 文字ごとに空白が入った行（OCR）${c.ocrLines} 行の空白を除きました。`,
        `Removed the spaces between the characters of ${c.ocrLines} OCR lines that had a space after every character.`,
      ),
    );
  }
  if (c.punctuation > 0) {
    notes.push(
      diagnostic(
        "PDF_PUNCTUATION_RESTORED",
        `句読点が空白になっていたため、日本語の文字の間の空白 ${c.punctuation} か所を「、」または「。」に置き換えました（推定）。`,
        `Punctuation had come out as spaces: ${c.punctuation} spaces between Japanese characters were replaced by 、 or 。 (a best guess).`,
      ),
    );
  }
  if (c.removed > 0) {
    notes.push(
      diagnostic(
        "EXTRACTION_SPACES_REMOVED",
        `抽出時に入った余分な空白 ${c.removed} か所（「第 1 条」の数字の前後、括弧の内側など）を除きました。`,
        `Removed ${c.removed} spaces added by text extraction (around the digits of 「第 1 条」, inside brackets, …).`,
      ),
    );
  }
  return notes;
}

export function wrapNote(joined: number): Diagnostic[] {
  if (joined === 0) return [];
  return [
    diagnostic(
      "LINE_WRAPS_JOINED",
      `文の途中の改行 ${joined} か所をつなぎました（ページの折り返し）。`,
      `Joined ${joined} line breaks that fell in mid-sentence (page wrapping).`,
    ),
  ];
}

export function passFailedNote(pass: string): Diagnostic {
  return diagnostic(
    "NORMALIZE_PASS_SKIPPED",
    `テキストの正規化の一部（${pass}）を実行できなかったため、省略しました。`,
    `One normalisation step (${pass}) failed and was skipped.`,
  );
}

// PDF → per-page text with pdf-parse 2 (pdfjs) in a worker thread: page spans kept, no page-marker
// lines, CMaps for Japanese CID fonts, no console noise, a time limit that really stops the work.
import type { Diagnostic } from "../core/diagnostics.js";
import { ClausegapError } from "../core/errors.js";
import type { Span } from "../core/span.js";
import { cleanText } from "./cleanup.js";
import type { IngestLimits } from "./limits.js";
import { pdfAssets } from "./pdf-assets.js";
import { extractInWorker } from "./pdf-pool.js";
import { type PageQuality, pageQuality, pageWarnings, spacedOutWarning } from "./pdf-quality.js";
import type { PdfReply } from "./pdf-worker-source.js";

export interface PdfResult {
  readonly text: string;
  readonly pages: readonly Span[];
  readonly pageCount: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** pdfjs options: local CMaps/standard fonts (no network), no eval, no system fonts. */
function loadOptions(): Record<string, unknown> {
  return {
    ...pdfAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  };
}

export async function ingestPdf(bytes: Uint8Array, limits: IngestLimits): Promise<PdfResult> {
  // A copy (Buffer#slice would be a view): it is transferred to the worker, the caller keeps its bytes.
  const data = new Uint8Array(bytes).buffer;
  const reply = await extractInWorker(
    { data, maxPages: limits.maxPages, options: loadOptions() },
    limits.timeoutMs,
  );
  if (!reply.ok) throw replyError(reply, limits);
  return assemble(reply.pages);
}

/** Pages are joined by one "\n" that belongs to no page; a garbage page keeps an empty span. */
function assemble(rawPages: readonly string[]): PdfResult {
  const qualities: PageQuality[] = rawPages.map(pageQuality);
  if (!qualities.includes("text")) {
    throw new ClausegapError(qualities.includes("garbage") ? "UNUSABLE_TEXT_LAYER" : "NO_TEXT_LAYER");
  }
  const spans: Span[] = [];
  let text = "";
  rawPages.forEach((raw, i) => {
    if (i > 0) text += "\n";
    const page = qualities[i] === "garbage" ? "" : cleanText(raw).replace(/\s+$/u, "");
    spans.push({ start: text.length, end: text.length + page.length });
    text += page;
  });
  const diagnostics = [...pageWarnings(qualities), ...spacedOutWarning(text)];
  return { text, pages: spans, pageCount: rawPages.length, diagnostics };
}

/** pdf-parse's exception names → our codes. Anything else from pdfjs means the file is damaged. */
function replyError(reply: Extract<PdfReply, { ok: false }>, limits: IngestLimits): ClausegapError {
  if (reply.tooManyPages !== undefined) {
    return new ClausegapError("TOO_MANY_PAGES", { pages: reply.tooManyPages, limit: limits.maxPages });
  }
  if (reply.name === "PasswordException") return new ClausegapError("ENCRYPTED_PDF");
  return new ClausegapError("CORRUPT_PDF", { detail: reply.message || reply.name });
}

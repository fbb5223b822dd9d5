// Ingest: bytes → SourceText. Sniffs the format from the bytes (never the name) and refuses bad input
// with a typed ClausegapError (DESIGN.md ingest).
import { createHash } from "node:crypto";
import { ClausegapError } from "../core/errors.js";
import type { SourceText } from "../core/types.js";
import { type IngestLimits, resolveLimits } from "./limits.js";
import { sniff } from "./sniff.js";
import { ingestText } from "./text.js";

export { DEFAULT_LIMITS, type IngestLimits } from "./limits.js";

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Extracts the text of one file. The size limit is checked first; PDF and DOCX readers are loaded
 * lazily, only for their own format. Throws ClausegapError for every unusable input.
 */
export async function ingest(bytes: Uint8Array, limits: Partial<IngestLimits> = {}): Promise<SourceText> {
  const resolved = resolveLimits(limits);
  if (bytes.byteLength > resolved.maxBytes) {
    throw new ClausegapError("FILE_TOO_LARGE", { limit: resolved.maxBytes });
  }
  if (bytes.byteLength === 0) throw new ClausegapError("EMPTY_FILE");
  const base = { sha256: sha256(bytes), byteLength: bytes.byteLength };
  const format = sniff(bytes);
  if (format.kind === "pdf") {
    const { ingestPdf } = await import("./pdf.js");
    const pdf = await ingestPdf(bytes, resolved);
    return { ...base, format: "pdf", ...pdf };
  }
  if (format.kind === "docx") {
    const { ingestDocx } = await import("./docx.js");
    const docx = await ingestDocx(bytes, format.entries, resolved);
    return { ...base, format: "docx", ...docx };
  }
  return { ...base, format: "txt", ...ingestText(bytes) };
}

/** Detects the format without extracting: "pdf" | "docx" | "txt" (throws for refused formats). */
export function detectFormat(bytes: Uint8Array): SourceText["format"] {
  if (bytes.byteLength === 0) throw new ClausegapError("EMPTY_FILE");
  const kind = sniff(bytes).kind;
  return kind === "text" ? "txt" : kind;
}

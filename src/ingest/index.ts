// STUB (to be replaced by the ingest work): bytes → SourceText, UTF-8 text only.
import { createHash } from "node:crypto";
import { ClausegapError } from "../core/errors.js";
import type { SourceText } from "../core/types.js";

export interface IngestLimits {
  /** Largest input accepted, in bytes (default 20 MB). */
  readonly maxBytes: number;
  /** Most PDF pages accepted (default 500). */
  readonly maxPages: number;
  /** Time allowed for text extraction, ms (default 30 s). */
  readonly timeoutMs: number;
  /** Largest total uncompressed size of a DOCX's parts, bytes (default 200 MB). */
  readonly maxUncompressedBytes: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: 20_000_000,
  maxPages: 500,
  timeoutMs: 30_000,
  maxUncompressedBytes: 200_000_000,
};

export async function ingest(bytes: Uint8Array, limits: Partial<IngestLimits> = {}): Promise<SourceText> {
  const max = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (bytes.byteLength > max) throw new ClausegapError("FILE_TOO_LARGE", { limit: max });
  if (bytes.byteLength === 0) throw new ClausegapError("EMPTY_FILE");
  const text = new TextDecoder("utf-8").decode(bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { text, format: "txt", encoding: "UTF-8", sha256, byteLength: bytes.byteLength, diagnostics: [] };
}

// Ingest limits: every bound on the work one input may cause, with defaults (DESIGN.md: robust against any file).

export interface IngestLimits {
  /** Largest input accepted, in bytes (default 20 MB). Checked before anything else. */
  readonly maxBytes: number;
  /** Most PDF pages accepted (default 500). Checked before the pages are extracted. */
  readonly maxPages: number;
  /** Time allowed for PDF/DOCX text extraction, ms (default 30 s). */
  readonly timeoutMs: number;
  /** Largest total uncompressed size of a DOCX's parts, bytes (default 200 MB). */
  readonly maxUncompressedBytes: number;
  /** Largest uncompressed size of one DOCX part (document.xml, styles.xml …), bytes (default 50 MB). */
  readonly maxPartBytes: number;
  /** Most entries in a DOCX's ZIP directory (default 5,000; Word writes a few dozen). */
  readonly maxZipEntries: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: 20_000_000,
  maxPages: 500,
  timeoutMs: 30_000,
  maxUncompressedBytes: 200_000_000,
  maxPartBytes: 50_000_000,
  maxZipEntries: 5_000,
};

/** Fills the missing limits with the defaults; ignores `undefined` values. */
export function resolveLimits(partial: Partial<IngestLimits> = {}): IngestLimits {
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(partial)) {
    if (typeof value === "number" && Number.isFinite(value) && value > 0) out[key] = value;
  }
  return out as unknown as IngestLimits;
}

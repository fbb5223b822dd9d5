// Reads one candidate file for the scan: a cheap look at its first bytes, a size check, the bytes
// and their sha256. The ingest stage owns the real format sniffing; this only keeps obvious
// non-contracts (pictures, audio, video) out of the analysis and big files out of memory.
// Synchronous: it runs in a scan worker, next to the analysis of the same file (scan-file.ts).
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { ClausegapError } from "../core/errors.js";
import { DEFAULT_LIMITS } from "../ingest/limits.js";

export type ReadOutcome =
  | { readonly kind: "bytes"; readonly bytes: Uint8Array; readonly sha256: string }
  | { readonly kind: "skipped"; readonly reason: string }
  | { readonly kind: "error"; readonly error: ClausegapError };

/** Media signatures: such a file is not a contract we can read, so it is skipped (listed, not failed). */
const MEDIA: ReadonlyArray<{ readonly type: string; readonly test: (head: Uint8Array) => boolean }> = [
  { type: "image/png", test: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: "image/jpeg", test: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { type: "image/gif", test: (h) => ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a") },
  { type: "image/bmp", test: (h) => ascii(h, 0, "BM") && h.length >= 14 && h[6] === 0 && h[7] === 0 },
  {
    type: "image/tiff",
    test: (h) => startsWith(h, [0x49, 0x49, 0x2a, 0x00]) || startsWith(h, [0x4d, 0x4d, 0x00, 0x2a]),
  },
  { type: "image/webp", test: (h) => ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP") },
  { type: "audio/wav", test: (h) => ascii(h, 0, "RIFF") && ascii(h, 8, "WAVE") },
  { type: "image/heic or video/mp4", test: (h) => ascii(h, 4, "ftyp") },
  { type: "audio/mpeg", test: (h) => ascii(h, 0, "ID3") },
];

const HEAD_BYTES = 16;

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

function ascii(head: Uint8Array, at: number, text: string): boolean {
  return [...text].every((c, i) => head[at + i] === c.charCodeAt(0));
}

/** The media type of a picture/audio/video file, from its first bytes; undefined otherwise. */
export function mediaType(head: Uint8Array): string | undefined {
  return MEDIA.find((m) => m.test(head))?.type;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

type Decided = Exclude<ReadOutcome, { readonly kind: "bytes" }>;

/**
 * What the size and the first bytes already decide — a picture (skipped), a file too large or
 * unreadable (error) — or undefined when the file must be read. One open and a 16-byte read: the
 * scan's main thread asks it before sending a file to a worker, so that such files need no pool.
 */
export function precheck(
  absPath: string,
  relPath: string,
  maxBytes = DEFAULT_LIMITS.maxBytes,
): Decided | undefined {
  try {
    const fd = openSync(absPath, "r");
    try {
      return decidedByHead(fd, maxBytes);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return unreadable(e, relPath);
  }
}

/** Reads a file for analysis; never throws: an unreadable file is an error outcome. */
export function readCandidate(
  absPath: string,
  relPath: string,
  maxBytes = DEFAULT_LIMITS.maxBytes,
): ReadOutcome {
  try {
    const fd = openSync(absPath, "r");
    try {
      const decided = decidedByHead(fd, maxBytes);
      if (decided) return decided;
      const bytes = new Uint8Array(readFileSync(fd)); // from the start: the head was read positionally
      return { kind: "bytes", bytes, sha256: sha256Hex(bytes) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return unreadable(e, relPath);
  }
}

function unreadable(e: unknown, relPath: string): Decided {
  const reason = (e as NodeJS.ErrnoException).code ?? "read error";
  return {
    kind: "error",
    error: new ClausegapError("FILE_UNREADABLE", { path: relPath, reason }, { cause: e }),
  };
}

function decidedByHead(fd: number, maxBytes: number): Decided | undefined {
  const { size } = fstatSync(fd);
  if (size > maxBytes)
    return { kind: "error", error: new ClausegapError("FILE_TOO_LARGE", { limit: maxBytes }) };
  const head = new Uint8Array(HEAD_BYTES);
  const bytesRead = readSync(fd, head, 0, HEAD_BYTES, 0); // positional: readFileSync still starts at 0
  const media = mediaType(head.subarray(0, bytesRead));
  return media ? { kind: "skipped", reason: media } : undefined;
}

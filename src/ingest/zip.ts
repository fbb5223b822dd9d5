// A minimal ZIP central-directory reader and a size-guarded inflater: the ZIP-bomb defence runs on the
// declared sizes BEFORE anything is inflated, and again on the real output (declared sizes can lie).
import { inflateRawSync } from "node:zlib";
import { ClausegapError } from "../core/errors.js";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
/** The EOCD record ends the file, after a comment of at most 65,535 bytes. */
const EOCD_SEARCH = EOCD_MIN + 0xffff;

export class ZipFormatError extends Error {}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const dv = view(bytes);
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let i = bytes.length - EOCD_MIN; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  throw new ZipFormatError("end of central directory not found (truncated?)");
}

/** Reads the central directory. Throws ZipFormatError when the archive is damaged or truncated. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes);
  const count = dv.getUint16(eocd + 10, true);
  const size = dv.getUint32(eocd + 12, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (offset + size > eocd) throw new ZipFormatError("central directory outside the file");
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError("bad central directory entry");
    }
    const nameLength = dv.getUint16(p + 28, true);
    const skip = nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: dv.getUint16(p + 10, true),
      encrypted: (dv.getUint16(p + 8, true) & 1) === 1,
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + skip;
  }
  return entries;
}

export interface ZipBudget {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  readonly maxPartBytes: number;
}

/** Refuses an archive whose directory alone announces a bomb: too many entries or too many bytes. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], budget: ZipBudget): void {
  if (entries.length > budget.maxEntries) {
    throw new ClausegapError("ZIP_BOMB", { limit: budget.maxTotalBytes, entries: entries.length });
  }
  let total = 0;
  for (const e of entries) {
    // 0xFFFFFFFF means "see the ZIP64 extra field": a DOCX never needs it, so it counts as 4 GB.
    if (e.uncompressedSize > budget.maxPartBytes) {
      throw new ClausegapError("ZIP_BOMB", { limit: budget.maxPartBytes, part: e.name });
    }
    total += e.uncompressedSize;
  }
  if (total > budget.maxTotalBytes) throw new ClausegapError("ZIP_BOMB", { limit: budget.maxTotalBytes });
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`bad local header for ${entry.name}`);
  }
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`${entry.name} is truncated`);
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry, never producing more than `maxBytes` (zlib stops at the cap, so a lying header
 * cannot make us allocate the bomb). Throws ZIP_BOMB at the cap, ZipFormatError when the data is bad.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  if (entry.encrypted) throw new ZipFormatError(`${entry.name} is encrypted`);
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ClausegapError("ZIP_BOMB", { limit: maxBytes, part: entry.name });
    return data;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ClausegapError("ZIP_BOMB", { limit: maxBytes, part: entry.name }, { cause: e });
    }
    throw new ZipFormatError(`${entry.name}: ${(e as Error).message}`);
  }
}

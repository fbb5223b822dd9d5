// The kuromoji dictionary, decompressed once per process into shared memory. Each worker thread
// builds its tokenizer from these bytes (dictionary-hook.ts) instead of reading and gunzipping the
// twelve files itself: ~100 MB less memory for every worker after the first (plus the copies the
// loader makes while decompressing), and no per-worker gunzip at start-up.
import { closeSync, createReadStream, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import path from "node:path";
import { createGunzip } from "node:zlib";
import { dictionaryPath } from "../nlp/tokenizer.js";

/** Values of `state[0]`. */
export const DICTIONARY_PENDING = 0;
export const DICTIONARY_FILLED = 1;
export const DICTIONARY_FAILED = 2;

export interface SharedDictionary {
  /** The folder the files were read from (a tokenizer built from another folder reads its own). */
  readonly dir: string;
  /** `[0]`: PENDING while the files are decompressed, then FILLED or FAILED (Atomics.notify'd). */
  readonly state: Int32Array;
  /** Decompressed contents by file name (`base.dat.gz` → its bytes). */
  readonly files: Readonly<Record<string, SharedArrayBuffer>>;
}

let shared: SharedDictionary | undefined;

/** A gzip member ends with its uncompressed size mod 2^32 (RFC 1952 ISIZE): the buffer to allocate. */
function uncompressedSize(file: string): number {
  const fd = openSync(file, "r");
  try {
    const trailer = Buffer.alloc(4);
    readSync(fd, trailer, 0, 4, fstatSync(fd).size - 4);
    return trailer.readUInt32LE(0);
  } finally {
    closeSync(fd);
  }
}

/** Streams one file through gunzip straight into its shared buffer (no full-size temporary copy). */
async function fill(file: string, target: SharedArrayBuffer): Promise<void> {
  const view = new Uint8Array(target);
  let offset = 0;
  for await (const chunk of createReadStream(file).pipe(createGunzip({ chunkSize: 1 << 20 }))) {
    const bytes = chunk as Buffer;
    if (offset + bytes.length > view.length) throw new Error(`${file}: larger than its gzip trailer says`);
    view.set(bytes, offset);
    offset += bytes.length;
  }
  if (offset !== view.length) throw new Error(`${file}: shorter than its gzip trailer says`);
}

function allocate(dir: string): SharedDictionary {
  const names = readdirSync(dir).filter((f) => f.endsWith(".dat.gz"));
  const files = Object.fromEntries(
    names.map((name) => [name, new SharedArrayBuffer(uncompressedSize(path.join(dir, name)))]),
  );
  return { dir, state: new Int32Array(new SharedArrayBuffer(4)), files };
}

function settle(dictionary: SharedDictionary, state: number): void {
  Atomics.store(dictionary.state, 0, state);
  Atomics.notify(dictionary.state, 0);
}

/**
 * The process's shared dictionary: allocated on the first call (a few small reads) and filled in the
 * background, so that worker threads can start meanwhile. Undefined when the dictionary files cannot
 * even be listed: workers then load it themselves and report that failure as usual.
 */
export function sharedDictionary(dir: string = dictionaryPath()): SharedDictionary | undefined {
  if (shared) return shared;
  let dictionary: SharedDictionary;
  try {
    dictionary = allocate(dir);
  } catch {
    return undefined;
  }
  shared = dictionary;
  Promise.all(Object.entries(dictionary.files).map(([name, sab]) => fill(path.join(dir, name), sab))).then(
    () => settle(dictionary, DICTIONARY_FILLED),
    () => settle(dictionary, DICTIONARY_FAILED),
  );
  return dictionary;
}

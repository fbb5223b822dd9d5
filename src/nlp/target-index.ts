// kuromoji's word-id table (tid_map.dat: for each trie entry, the dictionary words spelled that way)
// as two Int32Arrays instead of a JS object of ≈ 390k small arrays. kuromoji builds that object in
// every thread that loads a tokenizer: ≈ 64 MB of heap each (the largest thing a worker holds, and
// marked by every full GC) and ≈ 0.3 s of its start, much of it GC (bench/README.md). The index
// takes ≈ 3 MB and one pass over the bytes.
//
// The fast lattice build (lattice.ts) reads the index directly. kuromoji's own build (used for
// sentences with surrogates) reads `target_map[id]`: a proxy answers it from the index with a view
// of the ids, which has the `length` and indexing it uses. withStockKuromoji swaps in a real object,
// built once on demand, so that the bench's reference is kuromoji exactly as shipped.
import { createRequire } from "node:module";

/** Ids of entry `k`: `ids[offsets[k]] … ids[offsets[k + 1] - 1]`, in the file's order. */
export interface TargetIndex {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
}

/** Keys beyond this are no IPADIC (≈ 390k entries): such a file is left to kuromoji's loader. */
const MAX_KEY = 1 << 24;

/** Int32 little-endian, as kuromoji's ByteBuffer.getInt reads it (0 past the end). */
function int32At(bytes: Uint8Array, at: number): number {
  if (bytes.length < at + 4) return 0;
  return (bytes[at + 3]! << 24) + (bytes[at + 2]! << 16) + (bytes[at + 1]! << 8) + bytes[at]!;
}

/**
 * Walks the file as TokenInfoDictionary.loadTargetMap does (a key count, then key, count, ids… until
 * the bytes end), calling `entry` for each key and its ids' position; false when a key is unusable.
 */
function walk(bytes: Uint8Array, entry: (key: number, at: number, count: number) => void): boolean {
  let at = 4; // the key count, which kuromoji reads and ignores
  while (bytes.length >= at + 1) {
    const key = int32At(bytes, at);
    const count = int32At(bytes, at + 4);
    at += 8;
    if (key < 0 || key >= MAX_KEY || count < 0) return false;
    entry(key, at, count);
    at += 4 * count;
  }
  return true;
}

/** The index of a tid_map.dat / unk_map.dat file; undefined when it is not what IPADIC holds. */
export function readTargetIndex(bytes: Uint8Array): TargetIndex | undefined {
  let maxKey = -1;
  if (!walk(bytes, (key) => (maxKey = Math.max(maxKey, key)))) return undefined;
  const offsets = new Int32Array(maxKey + 2);
  walk(bytes, (key, _at, count) => {
    offsets[key + 1]! += count;
  });
  for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;
  const ids = new Int32Array(offsets[offsets.length - 1]!);
  const filled = offsets.slice(0, -1); // next free slot of each key (a key may come back)
  walk(bytes, (key, at, count) => {
    for (let i = 0; i < count; i++) ids[filled[key]!++] = int32At(bytes, at + 4 * i);
  });
  return { offsets, ids };
}

/** `target_map[key]` answered from the index (undefined for a key without words, as kuromoji's). */
function proxyOf(index: TargetIndex): Record<number, Int32Array> {
  const { offsets, ids } = index;
  return new Proxy({} as Record<number, Int32Array>, {
    get(target, property, receiver) {
      if (typeof property !== "string" || !/^\d+$/.test(property))
        return Reflect.get(target, property, receiver);
      const key = Number(property);
      if (key + 1 >= offsets.length || offsets[key] === offsets[key + 1]) return undefined;
      return ids.subarray(offsets[key], offsets[key + 1]);
    },
  });
}

interface MapHolder {
  target_map: unknown;
}
interface LoaderPrototype {
  loadTargetMap(this: MapHolder, buffer: ArrayBufferLike): unknown;
}

const indexes = new WeakMap<object, TargetIndex>();
const plainMaps = new WeakMap<object, Record<number, number[]>>();

/** The index a dictionary (token-info or unknown-word) was loaded into; undefined when it was not. */
export function targetIndexOf(dictionary: object): TargetIndex | undefined {
  return indexes.get(dictionary);
}

/** The object kuromoji would have built, made from the index once per dictionary (bench, tests). */
export function plainTargetMap(dictionary: object): Record<number, number[]> | undefined {
  const index = indexes.get(dictionary);
  if (!index) return undefined;
  let map = plainMaps.get(dictionary);
  if (!map) {
    map = {};
    for (let k = 0; k + 1 < index.offsets.length; k++)
      if (index.offsets[k] !== index.offsets[k + 1])
        map[k] = Array.from(index.ids.subarray(index.offsets[k], index.offsets[k + 1]));
    plainMaps.set(dictionary, map);
  }
  return map;
}

let installed = false;

/** Makes kuromoji load word-id tables into an index in this thread (before a tokenizer is built). */
export function useTargetIndex(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const proto = (require("kuromoji/src/dict/TokenInfoDictionary.js") as { prototype: LoaderPrototype })
    .prototype;
  const stock = proto.loadTargetMap;
  proto.loadTargetMap = function (this: MapHolder, buffer: ArrayBufferLike) {
    const index = readTargetIndex(new Uint8Array(buffer));
    if (!index) return stock.call(this, buffer);
    indexes.set(this, index);
    this.target_map = proxyOf(index);
    return this;
  };
}

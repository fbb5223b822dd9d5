// The word-id index must hold what kuromoji's loader would have put in target_map: the same ids in
// the same order for every key, on the real dictionary file and on small hand-made ones.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { plainTargetMap, readTargetIndex, targetIndexOf } from "../../src/nlp/target-index.js";
import { dictionaryPath, getTokenizer } from "../../src/nlp/tokenizer.js";

/** A tid_map.dat: a key count, then key, count and ids per entry (Int32 little-endian). */
function file(entries: readonly [number, readonly number[]][]): Uint8Array {
  const ints = [entries.length, ...entries.flatMap(([key, ids]) => [key, ids.length, ...ids])];
  return new Uint8Array(Int32Array.from(ints).buffer);
}

/** kuromoji's own reading (TokenInfoDictionary.loadTargetMap), written out plainly. */
function stockRead(bytes: Uint8Array): Record<number, number[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const map: Record<number, number[]> = {};
  let at = 4;
  const int = () => {
    const v = at + 4 <= bytes.length ? view.getInt32(at, true) : 0;
    at += 4;
    return v;
  };
  while (bytes.length >= at + 1) {
    const key = int();
    const count = int();
    for (let i = 0; i < count; i++) {
      const ids = map[key] ?? [];
      ids.push(int());
      map[key] = ids;
    }
  }
  return map;
}

function asMap(index: NonNullable<ReturnType<typeof readTargetIndex>>): Record<number, number[]> {
  const map: Record<number, number[]> = {};
  for (let k = 0; k + 1 < index.offsets.length; k++)
    if (index.offsets[k] !== index.offsets[k + 1])
      map[k] = Array.from(index.ids.subarray(index.offsets[k], index.offsets[k + 1]));
  return map;
}

describe("readTargetIndex", () => {
  it("keeps every key's ids in order, a key that comes back included, and no empty keys", () => {
    const bytes = file([
      [3, [30, 31]],
      [0, [5]],
      [7, []],
      [3, [32]],
    ]);
    const index = readTargetIndex(bytes);
    expect(index && asMap(index)).toEqual({ 0: [5], 3: [30, 31, 32] });
    expect(index && asMap(index)).toEqual(stockRead(bytes));
  });

  it("leaves a file with a negative key to kuromoji's loader", () => {
    expect(readTargetIndex(file([[-1, [1]]]))).toBeUndefined();
  });

  it("reads IPADIC's tid_map.dat as kuromoji does", () => {
    const bytes = new Uint8Array(gunzipSync(readFileSync(path.join(dictionaryPath(), "tid_map.dat.gz"))));
    const index = readTargetIndex(bytes);
    expect(index).toBeDefined();
    const expected = stockRead(bytes);
    expect(Object.keys(expected).length).toBeGreaterThan(300_000);
    expect(asMap(index!)).toEqual(expected);
  }, 60_000);
});

describe("the tokenizer's word-id tables", () => {
  it("are indexed, answer target_map through the index, and give kuromoji's plain table on demand", async () => {
    const tokenizer = (await getTokenizer()) as unknown as {
      viterbi_builder: { token_info_dictionary: { target_map: Record<number, ArrayLike<number>> } };
    };
    const dict = tokenizer.viterbi_builder.token_info_dictionary;
    const index = targetIndexOf(dict);
    expect(index).toBeDefined();
    const plain = plainTargetMap(dict)!;
    const keys = Object.keys(plain).map(Number);
    expect(keys.length).toBeGreaterThan(300_000);
    for (const key of keys.filter((_, i) => i % 997 === 0))
      expect(Array.from(dict.target_map[key]!)).toEqual(plain[key]);
    expect(dict.target_map[index!.offsets.length + 5]).toBeUndefined();
  }, 60_000);
});

// kuromoji's word lattice, built without its per-position copies. ViterbiBuilder.build (kuromoji
// 0.1.2, frozen since 2018) takes the rest of the sentence at every position, wraps it in a
// SurrogateAwareString (a scan of the whole rest) and encodes the whole rest to UTF-8 in a fresh
// ArrayBuffer before it walks the trie; each dictionary match decodes its key from another fresh
// ArrayBuffer, and unknown-word grouping rescans the rest. That is quadratic in the length of a
// piece and allocates an ArrayBuffer per character (profile: `arrayCopy`, `stringToUtf8Bytes`,
// `createUnsafeBuffer`, and the GC threads that sweep the buffers; bench/README.md).
//
// fastBuild makes the same lattice (same nodes, same order) by walking the trie from each
// position, encoding characters as it goes and stopping at the first mismatch, with the character
// classes of the sentence looked up once, and the word ids read from the index (target-index.ts).
// It handles the Basic Multilingual Plane only: a sentence with any surrogate goes to kuromoji's
// own build, whose code-point positions and quirks for them are kept as they are.
// test/nlp/fast-kuromoji.test.ts compares the two on every kind of text.
import { createRequire } from "node:module";
import { cachedTokenizeForSentence, stockTokenizeForSentence, type TokenizerInternals } from "./features.js";
import { plainTargetMap, targetIndexOf } from "./target-index.js";
import type { KuromojiTokenizer } from "./tokenizer.js";

interface ByteView {
  getShort(index: number): number;
}
interface CharacterClass {
  readonly class_id: number;
  readonly class_name: string;
  readonly is_always_invoke: number;
  readonly is_grouping: number;
}
interface WordDictionary {
  readonly dictionary: ByteView;
  target_map: Record<number, ArrayLike<number>>;
}
interface UnknownWords extends WordDictionary {
  lookup(ch: string): CharacterClass;
}
interface Trie {
  readonly bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array };
}
interface Lattice {
  append(node: unknown): void;
  appendEos(): void;
}
interface Builder {
  trie: Trie;
  token_info_dictionary: WordDictionary;
  unknown_dictionary: UnknownWords;
  build(sentence: string): Lattice;
}
type NodeClass = new (
  name: number,
  cost: number,
  startPos: number,
  length: number,
  type: "KNOWN" | "UNKNOWN",
  leftId: number,
  rightId: number,
  surface: string,
) => unknown;

const require = createRequire(import.meta.url);
const ViterbiLattice = require("kuromoji/src/viterbi/ViterbiLattice.js") as new () => Lattice;
const ViterbiNode = require("kuromoji/src/viterbi/ViterbiNode.js") as NodeClass;
const stockBuild = (require("kuromoji/src/viterbi/ViterbiBuilder.js") as { prototype: Builder }).prototype
  .build;

const SURROGATE = /[\uD800-\uDFFF]/;

/** The trie matched a key that kuromoji would decode differently (never in IPADIC): use its build. */
class NotPlainKey extends Error {}

/** A word found in the trie: its record (the key into target_map) and where it ends. */
interface Match {
  readonly record: number;
  readonly end: number;
}

/**
 * The dictionary words that start at `pos`, shortest first: the double-array walk of
 * DoubleArray.commonPrefixSearch, one UTF-8 byte at a time, checking for a terminal after each byte.
 */
function wordsAt(base: Int32Array, check: Int32Array, s: string, pos: number): Match[] {
  const found: Match[] = [];
  const bytes = [0, 0, 0];
  let parent = 0;
  for (let i = pos; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const length = utf8(code, bytes);
    for (let b = 0; b < length; b++) {
      const child = at(base, parent) + bytes[b]!;
      if (at(check, child, -child - 1) !== parent) return found;
      parent = child;
      const terminal = at(base, child); // + TERM_CODE (0)
      if (at(check, terminal, -terminal - 1) !== child) continue;
      const record = at(base, terminal);
      if (b !== length - 1 || record > 0) throw new NotPlainKey();
      found.push({ record: -record - 1, end: i + 1 });
    }
  }
  return found;
}

/** DoubleArray's getBase/getCheck: out-of-range reads give the value its builder would. */
function at(array: Int32Array, index: number, outside = -index + 1): number {
  return index < array.length ? array[index]! : outside;
}

/** `code` (not a surrogate) as UTF-8 into `bytes`; the number of bytes. */
function utf8(code: number, bytes: number[]): number {
  if (code < 0x80) {
    bytes[0] = code;
    return 1;
  }
  if (code < 0x800) {
    bytes[0] = (code >>> 6) | 0xc0;
    bytes[1] = (code & 0x3f) | 0x80;
    return 2;
  }
  bytes[0] = (code >>> 12) | 0xe0;
  bytes[1] = ((code >> 6) & 0x3f) | 0x80;
  bytes[2] = (code & 0x3f) | 0x80;
  return 3;
}

/** Where the word ids of entry `key` are: in the index (target-index.ts), or kuromoji's own table. */
function idRange(dict: WordDictionary, key: number): { ids: ArrayLike<number>; from: number; to: number } {
  const index = targetIndexOf(dict);
  if (index) {
    const from = index.offsets[key];
    const to = index.offsets[key + 1];
    // kuromoji fails on an entry without words (its table has none: `undefined.length`), which only
    // a NUL in the text reaches; normalize removes those. Fail the same way.
    if (from === undefined || to === undefined || from === to)
      throw new TypeError(`no words for entry ${key}`);
    return { ids: index.ids, from, to };
  }
  const ids = dict.target_map[key]!;
  return { ids, from: 0, to: ids.length };
}

/** The nodes of the words of entry `entry` of `dict` spelled `s.slice(pos, end)`, as kuromoji makes them. */
function appendNodes(
  lattice: Lattice,
  dict: WordDictionary,
  type: "KNOWN" | "UNKNOWN",
  entry: number,
  s: string,
  pos: number,
  end: number,
): void {
  const key = s.slice(pos, end);
  const { ids, from, to } = idRange(dict, entry);
  for (let k = from; k < to; k++) {
    const id = ids[k]!;
    const left = dict.dictionary.getShort(id);
    const right = dict.dictionary.getShort(id + 2);
    const cost = dict.dictionary.getShort(id + 4);
    lattice.append(new ViterbiNode(id, cost, pos + 1, key.length, type, left, right, key));
  }
}

/** Where the run of characters of one class that starts at each position ends (grouping). */
function runEnds(classes: readonly CharacterClass[]): Int32Array {
  const ends = new Int32Array(classes.length);
  for (let i = classes.length - 1; i >= 0; i--) {
    const next = classes[i + 1];
    ends[i] = next && next.class_name === classes[i]!.class_name ? ends[i + 1]! : i + 1;
  }
  return ends;
}

function fastBuild(this: Builder, s: string): Lattice {
  if (SURROGATE.test(s)) return stockBuild.call(this, s);
  const base = this.trie.bc.getBaseBuffer();
  const check = this.trie.bc.getCheckBuffer();
  const classes = Array.from(s, (ch) => this.unknown_dictionary.lookup(ch));
  const ends = runEnds(classes);
  const lattice = new ViterbiLattice();
  try {
    for (let pos = 0; pos < s.length; pos++) {
      const words = wordsAt(base, check, s, pos);
      for (const w of words)
        appendNodes(lattice, this.token_info_dictionary, "KNOWN", w.record, s, pos, w.end);
      const head = classes[pos]!;
      if (words.length === 0 || head.is_always_invoke === 1) {
        const end = head.is_grouping === 1 ? ends[pos]! : pos + 1;
        appendNodes(lattice, this.unknown_dictionary, "UNKNOWN", head.class_id, s, pos, end);
      }
    }
  } catch (e) {
    if (e instanceof NotPlainKey) return stockBuild.call(this, s);
    throw e;
  }
  lattice.appendEos();
  return lattice;
}

interface Patchable {
  viterbi_builder: Builder;
  tokenizeForSentence: TokenizerInternals["tokenizeForSentence"];
}

/**
 * Makes `tokenizer` build its lattices with the fast build and read features through the per-thread
 * cache (features.ts): the same tokens, faster (idempotent).
 */
export function useFastKuromoji(tokenizer: KuromojiTokenizer): void {
  const t = tokenizer as unknown as Patchable;
  t.viterbi_builder.build = fastBuild;
  t.tokenizeForSentence = cachedTokenizeForSentence;
}

/** Runs `work` (synchronous) with kuromoji as shipped: the bench's bare-tokenizer reference, tests. */
export function withStockKuromoji<T>(tokenizer: KuromojiTokenizer, work: () => T): T {
  const t = tokenizer as unknown as Patchable;
  const restore = [ownOf(t.viterbi_builder, "build"), ownOf(t, "tokenizeForSentence")];
  t.viterbi_builder.build = stockBuild;
  t.tokenizeForSentence = stockTokenizeForSentence;
  for (const dict of [t.viterbi_builder.token_info_dictionary, t.viterbi_builder.unknown_dictionary]) {
    const plain = plainTargetMap(dict); // kuromoji's own table, not the index's proxy
    if (!plain) continue;
    const proxy = dict.target_map;
    dict.target_map = plain;
    restore.push(() => {
      dict.target_map = proxy;
    });
  }
  try {
    return work();
  } finally {
    for (const r of restore) r();
  }
}

/** Puts back `target[key]` as it is now: its own value, or none (the prototype's). */
function ownOf<T extends object>(target: T, key: keyof T & string): () => void {
  const own = Object.hasOwn(target, key) ? target[key] : undefined;
  return () => {
    if (own) target[key] = own;
    else Reflect.deleteProperty(target, key);
  };
}

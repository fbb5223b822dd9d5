// kuromoji's tokenizeForSentence with each word's features decoded once per thread. kuromoji reads
// a token's features (品詞, 活用, 原形, 読み…) by decoding its UTF-8 line from the dictionary and
// splitting it at commas, for every token of every sentence: the largest allocation of an analysis
// (≈ 13 % of its bytes; bench/README.md). The split arrays are cached by word id and handed to
// kuromoji's own formatter, which copies their strings into each token and never changes them.
import { createRequire } from "node:module";

interface Dictionary {
  getFeatures(id: string | number): string | null | undefined;
}
interface Node {
  readonly name: number;
  readonly start_pos: number;
  readonly type: string;
  readonly surface_form: string;
}
interface Token {
  readonly word_position: number;
}
interface Formatter {
  formatEntry(id: number, position: number, type: string, features: readonly string[]): Token;
  formatUnknownEntry(
    id: number,
    position: number,
    type: string,
    features: readonly string[],
    surface: string,
  ): Token;
}
export interface TokenizerInternals {
  token_info_dictionary: Dictionary;
  unknown_dictionary: Dictionary;
  formatter: Formatter;
  viterbi_searcher: { search(lattice: unknown): Node[] };
  getLattice(sentence: string): unknown;
  tokenizeForSentence(sentence: string, tokens?: Token[]): Token[];
}

const require = createRequire(import.meta.url);
export const stockTokenizeForSentence = (
  require("kuromoji/src/Tokenizer.js") as { prototype: TokenizerInternals }
).prototype.tokenizeForSentence;

/** Words a thread keeps (all our fixtures, seeds and real files use ≈ 1,700; ≈ 0.3 KB each); past it the cache starts again. */
const MAX_CACHED = 50_000;
const NONE: readonly string[] = [];

class FeatureCache {
  private readonly known = new Map<number, readonly string[]>();
  private readonly unknown = new Map<number, readonly string[]>();

  of(dictionary: Dictionary, id: number, unknown: boolean): readonly string[] {
    const map = unknown ? this.unknown : this.known;
    let features = map.get(id);
    if (!features) {
      const line = dictionary.getFeatures(id);
      features = line == null ? NONE : line.split(",");
      if (map.size >= MAX_CACHED) map.clear();
      map.set(id, features);
    }
    return features;
  }
}

const caches = new WeakMap<TokenizerInternals, FeatureCache>();

/** Same tokens as kuromoji's tokenizeForSentence (user-dictionary branch aside: none is loaded). */
export function cachedTokenizeForSentence(
  this: TokenizerInternals,
  sentence: string,
  tokens: Token[] = [],
): Token[] {
  let cache = caches.get(this);
  if (!cache) {
    cache = new FeatureCache();
    caches.set(this, cache);
  }
  const path = this.viterbi_searcher.search(this.getLattice(sentence));
  const lastPos = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
  for (const node of path) {
    const position = lastPos + node.start_pos;
    if (node.type === "KNOWN") {
      const features = cache.of(this.token_info_dictionary, node.name, false);
      tokens.push(this.formatter.formatEntry(node.name, position, node.type, features));
    } else if (node.type === "UNKNOWN") {
      const features = cache.of(this.unknown_dictionary, node.name, true);
      tokens.push(
        this.formatter.formatUnknownEntry(node.name, position, node.type, features, node.surface_form),
      );
    } else tokens.push(this.formatter.formatEntry(node.name, position, node.type, NONE));
  }
  return tokens;
}

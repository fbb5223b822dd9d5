// The shared kuromoji tokenizer: loaded lazily once per process/worker, promise-cached, reset on failure.
import { createRequire } from "node:module";
import path from "node:path";
import kuromoji, { type IpadicFeatures, type Tokenizer } from "kuromoji";
import { ClausegapError } from "../core/errors.js";
import { useFastKuromoji } from "./lattice.js";
import { useTargetIndex } from "./target-index.js";

export type KuromojiTokenizer = Tokenizer<IpadicFeatures>;

let cached: Promise<KuromojiTokenizer> | undefined;

/** The IPADIC folder shipped inside the installed kuromoji package (never the network). */
export function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("kuromoji/package.json")), "dict");
}

function build(dicPath: string): Promise<KuromojiTokenizer> {
  useTargetIndex(); // word-id tables as an index, not 390k arrays per thread
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, tokenizer) => {
      if (err) reject(new ClausegapError("TOKENIZER_UNAVAILABLE", {}, { cause: err }));
      else {
        useFastKuromoji(tokenizer); // same tokens: lattice without per-character copies, cached features
        resolve(tokenizer);
      }
    });
  });
}

/**
 * The tokenizer, loading the dictionary on first use (0.7–1 s, ~350 MB: DESIGN.md traps). Concurrent
 * callers share one load; a failed load is forgotten so that the next call retries (unlike kuromojin).
 */
export function getTokenizer(dicPath?: string): Promise<KuromojiTokenizer> {
  if (!cached) {
    // The path is resolved only when loading: resolving it costs more than a cache hit.
    cached = build(dicPath ?? dictionaryPath()).catch((e: unknown) => {
      cached = undefined;
      throw e;
    });
  }
  return cached;
}

/** Whether a load has been started since the last reset (tests check that the prefilter avoids it). */
export function tokenizerRequested(): boolean {
  return cached !== undefined;
}

/** Forgets the loaded tokenizer (tests; a later call loads it again). */
export function resetTokenizer(): void {
  cached = undefined;
}

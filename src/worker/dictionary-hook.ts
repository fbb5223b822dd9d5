// Worker side of the shared dictionary: kuromoji's own loader builds the tokenizer, but reads the
// dictionary files from the bytes the main thread decompressed once (dictionary-bytes.ts).
// kuromoji 0.1.2 (frozen since 2018) reads every file through NodeDictionaryLoader's
// loadArrayBuffer(file, callback): that method is the one seam, replaced in this thread only.
import { createRequire } from "node:module";
import path from "node:path";
import { DICTIONARY_FILLED, DICTIONARY_PENDING, type SharedDictionary } from "./dictionary-bytes.js";
import { waitAtomic } from "./wait.js";

type Callback = (error: Error | null, buffer?: ArrayBufferLike) => void;
interface LoaderClass {
  prototype: { loadArrayBuffer: (file: string, callback: Callback) => void };
}
async function settled(state: Int32Array): Promise<number> {
  await waitAtomic(state, DICTIONARY_PENDING);
  return Atomics.load(state, 0);
}

/**
 * Waits for the shared bytes and makes this thread's kuromoji read them; false (nothing changed:
 * the tokenizer loads from disk as usual) when there are none or the main thread failed to fill them.
 */
export async function useSharedDictionary(shared: SharedDictionary | undefined): Promise<boolean> {
  if (!shared || (await settled(shared.state)) !== DICTIONARY_FILLED) return false;
  const require = createRequire(import.meta.url);
  const loader = require("kuromoji/src/loader/NodeDictionaryLoader.js") as LoaderClass;
  const fromDisk = loader.prototype.loadArrayBuffer;
  loader.prototype.loadArrayBuffer = (file, callback) => {
    const same = path.resolve(path.dirname(file)) === path.resolve(shared.dir);
    const bytes = same ? shared.files[path.basename(file)] : undefined;
    if (bytes) setImmediate(callback, null, bytes);
    else fromDisk(file, callback);
  };
  return true;
}

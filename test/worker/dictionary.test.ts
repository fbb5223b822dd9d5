// The shared kuromoji dictionary: decompressed once into shared memory, read by each thread's
// kuromoji through its own loader. The copy the hook serves must tokenize exactly like the files.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import kuromoji, { type IpadicFeatures, type Tokenizer } from "kuromoji";
import { afterAll, describe, expect, it, vi } from "vitest";
import { dictionaryPath } from "../../src/nlp/tokenizer.js";
import {
  DICTIONARY_FAILED,
  DICTIONARY_FILLED,
  DICTIONARY_PENDING,
  sharedDictionary,
} from "../../src/worker/dictionary-bytes.js";
import { useSharedDictionary } from "../../src/worker/dictionary-hook.js";
import { waitAtomic } from "../../src/worker/wait.js";

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function copyOfDictionary(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clausegap-dict-"));
  temps.push(dir);
  for (const f of readdirSync(dictionaryPath()))
    copyFileSync(path.join(dictionaryPath(), f), path.join(dir, f));
  return dir;
}

function build(dicPath: string): Promise<Tokenizer<IpadicFeatures>> {
  return new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t))),
  );
}

const SENTENCE =
  "乙は、個人情報の漏えい等の事故が発生したときは、直ちに甲に報告し、その指示に従うものとする。";

describe("shared dictionary", () => {
  it("is the decompressed files: a tokenizer built from it, with the files gone, tokenizes like one built from them", async () => {
    const dir = copyOfDictionary();
    const shared = sharedDictionary(dir);
    expect(shared).toBeDefined();
    if (!shared) return;
    expect(Object.keys(shared.files).sort()).toEqual(
      readdirSync(dir)
        .filter((f) => f.endsWith(".dat.gz"))
        .sort(),
    );
    expect(await useSharedDictionary(shared)).toBe(true);
    expect(Atomics.load(shared.state, 0)).toBe(DICTIONARY_FILLED);
    for (const f of readdirSync(dir)) unlinkSync(path.join(dir, f)); // only the shared bytes remain
    const fromShared = await build(dir);
    const fromFiles = await build(dictionaryPath()); // another folder: read from disk as usual
    expect(fromShared.tokenize(SENTENCE)).toEqual(fromFiles.tokenize(SENTENCE));
    expect(fromShared.tokenize(SENTENCE).map((t) => t.surface_form)).toContain("漏えい");
  });

  it("is one allocation per process: later calls return the same memory", () => {
    expect(sharedDictionary()).toBe(sharedDictionary(copyOfDictionary()));
  });
});

describe("shared dictionary failures (a fresh module: no process-wide copy yet)", () => {
  it("a folder that cannot be listed gives none: workers load from disk and report as usual", async () => {
    vi.resetModules();
    const { sharedDictionary: fresh } = await import("../../src/worker/dictionary-bytes.js");
    expect(fresh(path.join(tmpdir(), "clausegap-no-such-dictionary"))).toBeUndefined();
  });

  it("a damaged file marks the dictionary failed, and the hook then changes nothing", async () => {
    const dir = copyOfDictionary();
    const victim = path.join(dir, "cc.dat.gz");
    const original = readdirSync(dir).includes("cc.dat.gz");
    expect(original).toBe(true);
    vi.resetModules();
    const { sharedDictionary: fresh } = await import("../../src/worker/dictionary-bytes.js");
    writeFileSync(victim, Buffer.concat([Buffer.from("not gzip at all"), Buffer.from([0, 0, 1, 0])]));
    const shared = fresh(dir);
    expect(shared).toBeDefined();
    if (!shared) return;
    await waitAtomic(shared.state, DICTIONARY_PENDING);
    expect(Atomics.load(shared.state, 0)).toBe(DICTIONARY_FAILED);
    expect(await useSharedDictionary(shared)).toBe(false);
  });
});

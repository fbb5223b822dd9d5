// Any bytes at all: the ingest returns a SourceText or throws a ClausegapError, never anything else.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isClausegapError } from "../../src/core/errors.js";
import { ingest } from "../../src/ingest/index.js";
import { fixture } from "./helpers.js";

async function outcome(bytes: Uint8Array): Promise<"ok" | "typed"> {
  try {
    const source = await ingest(bytes, { timeoutMs: 5_000 });
    expect(source.text.length).toBeGreaterThan(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none is left is the point
    expect(source.text).not.toMatch(/[\u0000\r\uFEFF]/);
    return "ok";
  } catch (e) {
    if (!isClausegapError(e)) throw e;
    return "typed";
  }
}

/** Flips `count` bytes and cuts the file at `cut` (a fraction), as damaged downloads do. */
function damage(bytes: Uint8Array, flips: readonly [number, number][], cut: number): Uint8Array {
  const out = Uint8Array.from(bytes.subarray(0, Math.max(1, Math.floor(bytes.length * cut))));
  for (const [at, value] of flips) out[at % out.length] = value;
  return out;
}

describe("robustness", () => {
  it("random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), async (bytes) => {
        expect(["ok", "typed"]).toContain(await outcome(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it.each(["formats/contract.docx", "formats/contract.pdf", "formats/contract.sjis.txt"])(
    "damaged copies of %s",
    async (file) => {
      const original = fixture(file);
      const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 });
      await fc.assert(
        fc.asyncProperty(flips, fc.double({ min: 0.05, max: 1, noNaN: true }), async (f, cut) => {
          expect(["ok", "typed"]).toContain(await outcome(damage(original, f, cut)));
        }),
        { numRuns: file.endsWith(".pdf") ? 25 : 60 },
      );
    },
    60_000,
  );
});

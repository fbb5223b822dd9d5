// Full analysis vs bare kuromoji tokenization of the same text, and cost growth with size.
import { analyze } from "../../src/analyzer.js";
import { getTokenizer } from "../../src/nlp/index.js";
import { withStockKuromoji } from "../../src/nlp/lattice.js";
import { makeContract } from "../corpus.js";
import { mbPerSecond, median, round, time } from "../measure.js";

export interface AnalysisResult {
  readonly sizes: {
    label: string;
    bytes: number;
    tokenizeMs: number;
    analyzeMs: number;
    ratio: number;
    /** Every line through our tokenizer (kuromoji with the fast lattice builder, src/nlp/lattice.ts). */
    fastTokenizeMs: number;
    fastRatio: number;
    analyzeMBps: number;
  }[];
  /** Bare tokenization time / analysis time over all sizes (≥ 2.0 is the target). */
  readonly ratio: number;
  /** The same against every line through our faster tokenizer: what the prefilter alone saves. */
  readonly fastRatio: number;
  readonly growth: { factor: number; bytes: number; analyzeMs: number; timeRatio: number }[];
}

/**
 * The reference: every line of the text through kuromoji as shipped, as a naive analyser would;
 * with `fast`, through the tokenizer the analysis uses (same tokens, faster lattice).
 */
async function tokenizeEveryLine(text: string, fast = false): Promise<void> {
  const tokenizer = await getTokenizer();
  const every = () => {
    for (const line of text.split("\n")) if (line) tokenizer.tokenize(line);
  };
  if (fast) every();
  else withStockKuromoji(tokenizer, every);
}

/** Analyses and tokenizations before timing: a V8 isolate runs slowly until it has compiled them. */
export const WARM_UP = { analyses: 40, tokenizations: 3 } as const;

/**
 * The steady state of a server or a scan, which analyse thousands of contracts in warm threads:
 * both sides run a few times first (the analysis has more code and ≈ 650 regexes to compile, so a
 * cold first run says little about throughput; bench/README.md has the cold figures).
 */
async function warmUp(): Promise<void> {
  const text = makeContract(20_000);
  for (let i = 0; i < WARM_UP.tokenizations; i++) {
    await tokenizeEveryLine(text);
    await tokenizeEveryLine(text, true);
  }
  for (let i = 0; i < WARM_UP.analyses; i++) await analyze(text, { name: "warm-up.txt" });
}

export async function benchAnalysis(quick: boolean): Promise<AnalysisResult> {
  await getTokenizer();
  await warmUp();
  const runs = quick ? 3 : 7;
  const sizes = [];
  for (const [label, target] of [
    ["20 KB", 20_000],
    ["200 KB", 200_000],
  ] as const) {
    const text = makeContract(target);
    const bytes = Buffer.byteLength(text);
    const n = label === "200 KB" && quick ? 1 : runs;
    const tok = await time(() => tokenizeEveryLine(text), n);
    const fastTok = await time(() => tokenizeEveryLine(text, true), n);
    const ana = await time(() => analyze(text, { name: "bench.txt" }), n);
    sizes.push({
      label,
      bytes,
      tokenizeMs: round(tok.medianMs),
      analyzeMs: round(ana.medianMs),
      ratio: round(tok.medianMs / ana.medianMs),
      fastTokenizeMs: round(fastTok.medianMs),
      fastRatio: round(fastTok.medianMs / ana.medianMs),
      analyzeMBps: mbPerSecond(bytes, ana.medianMs),
    });
  }
  const totalTok = sizes.reduce((s, x) => s + x.tokenizeMs, 0);
  const totalAna = sizes.reduce((s, x) => s + x.analyzeMs, 0);
  const totalFast = sizes.reduce((s, x) => s + x.fastTokenizeMs, 0);
  return {
    sizes,
    ratio: round(totalTok / totalAna),
    fastRatio: round(totalFast / totalAna),
    growth: await benchGrowth(quick),
  };
}

/** Time for 1×, 4× and 16× the document size: linear growth gives ratios near 4 and 16. */
async function benchGrowth(quick: boolean): Promise<AnalysisResult["growth"]> {
  const factors = [1, 4, 16];
  const texts = factors.map((f) => makeContract(20_000 * f));
  for (const text of texts) await analyze(text, { name: "growth.txt" }); // first runs: compile
  // Rounds that each time every size once: the machine's speed drifts within a minute, and sizes
  // timed minutes apart (all 1× runs, then all 16× runs) compared two machines.
  const samples: number[][] = factors.map(() => []);
  for (let round = 0; round < (quick ? 3 : 7); round++)
    for (const [i, text] of texts.entries()) {
      const t0 = performance.now();
      await analyze(text, { name: "growth.txt" });
      samples[i]!.push(performance.now() - t0);
    }
  const medians = samples.map(median);
  return factors.map((factor, i) => ({
    factor,
    bytes: Buffer.byteLength(texts[i]!),
    analyzeMs: round(medians[i]!),
    timeRatio: round(medians[i]! / medians[0]!),
  }));
}

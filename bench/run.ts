// `npm run bench [-- --quick]`: measures clausegap on a generated corpus in one run and writes
// bench/results/latest.json and bench/results/latest.md (linked from the README).
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fromRoot } from "../src/core/paths.js";
import { TOOL_VERSION } from "../src/version.js";
import { renderMarkdown } from "./markdown.js";
import { round } from "./measure.js";
import { benchAnalysis } from "./sections/analysis.js";
import { benchExtraction } from "./sections/extraction.js";
import { benchHttp } from "./sections/http.js";
import { benchScan } from "./sections/scan.js";

export interface BenchResults {
  readonly tool: string;
  readonly date: string;
  readonly quick: boolean;
  readonly machine: { cpus: number; model: string; memoryGB: number; node: string };
  /** 1-minute load average when the run started and when it ended (other programs on the machine). */
  readonly loadAverage: { start: number; end?: number };
  readonly sections: Record<string, unknown>;
}

type Section = (quick: boolean) => Promise<unknown>;

const SECTIONS: Record<string, Section> = {
  analysis: benchAnalysis,
  extraction: benchExtraction,
  scan: benchScan,
  http: benchHttp,
};

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const only = process.argv
    .find((a) => a.startsWith("--only="))
    ?.slice(7)
    .split(",");
  const results: BenchResults = {
    tool: TOOL_VERSION,
    date: new Date().toISOString(),
    quick,
    machine: {
      cpus: availableParallelism(),
      model: cpus()[0]?.model ?? "unknown",
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    loadAverage: { start: round(loadavg()[0] ?? 0) },
    sections: {},
  };
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}…\n`);
    (results.sections as Record<string, unknown>)[name] = await run(quick);
  }
  results.loadAverage.end = round(loadavg()[0] ?? 0);
  const dir = fromRoot("bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${dir}/latest.md`, renderMarkdown(results));
  process.stdout.write(renderMarkdown(results));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

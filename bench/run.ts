// `npm run bench [-- --quick]`: measures clausegap on a generated corpus in one run and writes
// bench/results/latest.json and bench/results/latest.md (linked from the README). Each section runs
// in a process of its own (`--section=<name>`): the analysis section loads a tokenizer into the main
// thread, whose 300 MB heap the scan section's process would otherwise carry and collect, which no
// real `clausegap scan` does.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fromRoot } from "../src/core/paths.js";
import { TOOL_VERSION } from "../src/version.js";
import { renderMarkdown } from "./markdown.js";
import { round } from "./measure.js";
import { benchAnalysis } from "./sections/analysis.js";
import { benchExtraction } from "./sections/extraction.js";
import { benchHttp } from "./sections/http.js";
import { benchScan } from "./sections/scan.js";
import { withTargets } from "./targets.js";

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

/** Runs one section in a fresh process; its results come back as JSON on stdout. */
function inChildProcess(name: string, quick: boolean): unknown {
  const args = [import.meta.filename, `--section=${name}`, ...(quick ? ["--quick"] : [])];
  const out = execFileSync(process.execPath, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 2 ** 20,
  });
  return JSON.parse(out);
}

/** The child's side: one section, its results as JSON on stdout. */
async function runSection(name: string, quick: boolean): Promise<void> {
  const run = SECTIONS[name];
  if (!run) throw new Error(`unknown section ${name} (${Object.keys(SECTIONS).join(", ")})`);
  process.stdout.write(JSON.stringify(await run(quick)));
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const section = process.argv.find((a) => a.startsWith("--section="))?.slice(10);
  if (section) return runSection(section, quick);
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
  for (const name of Object.keys(SECTIONS)) {
    if (only && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}…`);
    const t0 = performance.now();
    (results.sections as Record<string, unknown>)[name] = inChildProcess(name, quick);
    process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  results.loadAverage.end = round(loadavg()[0] ?? 0);
  const dir = fromRoot("bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${dir}/latest.md`, renderMarkdown(results));
  // Only a full run of every section speaks for the README.
  if (!quick && !only) {
    const readme = fromRoot("README.md");
    writeFileSync(readme, withTargets(readFileSync(readme, "utf8"), results));
  }
  process.stdout.write(renderMarkdown(results));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

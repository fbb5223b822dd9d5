// Batch scan throughput with 1 and 2 workers on a folder of generated ~20 KB contracts, and the
// peak RSS of a real `clausegap scan` process.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fromRoot } from "../../src/core/paths.js";
import { scan } from "../../src/scan/index.js";
import { createAnalysisPool } from "../../src/worker/pool.js";
import { makeFolder } from "../corpus.js";
import { peakRssMb, round } from "../measure.js";

function writeFolder(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clausegap-bench-"));
  for (const { name, text } of makeFolder(count, 20_000)) {
    mkdirSync(path.dirname(path.join(dir, "in", name)), { recursive: true });
    writeFileSync(path.join(dir, "in", name), text);
  }
  return dir;
}

/** Files per second with `jobs` warm workers (start-up excluded: the pool is ready first). */
async function filesPerSecond(dir: string, jobs: number): Promise<number> {
  const pool = createAnalysisPool({ threads: jobs, maxQueue: 10_000 });
  try {
    await pool.ready();
    const t0 = performance.now();
    const result = await scan({
      inputs: [path.join(dir, "in")],
      out: path.join(dir, `out-${jobs}`),
      jobs,
      force: true,
      summaryFormats: ["json"],
      analyze: (task) => pool.run(task),
    });
    return result.summary.rows.length / ((performance.now() - t0) / 1000);
  } finally {
    await pool.destroy();
  }
}

/** Runs the real CLI and samples its peak resident memory until it exits. */
function scanProcessPeakRss(dir: string): Promise<number | undefined> {
  const child = spawn(
    process.execPath,
    [
      fromRoot("bin", "clausegap.js"),
      "scan",
      path.join(dir, "in"),
      "--out",
      path.join(dir, "out-cli"),
      "--jobs",
      "2",
      "--quiet",
      "--force",
    ],
    { stdio: "ignore" },
  );
  let peak: number | undefined;
  const timer = setInterval(() => {
    peak = Math.max(peak ?? 0, peakRssMb(child.pid ?? -1) ?? 0) || peak;
  }, 100);
  return new Promise((resolve) =>
    child.on("exit", () => {
      clearInterval(timer);
      resolve(peak);
    }),
  );
}

export async function benchScan(quick: boolean) {
  const files = quick ? 60 : 500;
  const dir = writeFolder(files);
  try {
    const one = await filesPerSecond(dir, 1);
    const two = await filesPerSecond(dir, 2);
    const peak = await scanProcessPeakRss(dir);
    return {
      files,
      bytesPerFile: 20_000,
      oneWorker: round(one),
      twoWorkers: round(two),
      scaling: round(two / one),
      scanPeakRssMb: peak,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The worker pool, started only when a file needs analysing: a resumed scan whose reports are all
// up to date loads no tokenizer (the dictionary is ~100 MB, each worker adds ~120 MB and ~0.5 s).
import { availableParallelism } from "node:os";
import { type AnalysisPool, createAnalysisPool } from "../worker/pool.js";

/** What the scan needs of a pool: its width and the per-file step (a warm pool from the bench fits). */
export type ScanPool = Pick<AnalysisPool, "threads" | "scanFile">;

export interface LazyPool extends ScanPool {
  destroy(): Promise<void>;
}

/** `jobs` threads (default: one per core), but never more threads than files. */
export function lazyPool(jobs: number | undefined, files: number, taskTimeoutMs?: number): LazyPool {
  const threads = Math.max(1, Math.min(jobs ?? availableParallelism(), files));
  let pool: AnalysisPool | undefined;
  return {
    threads,
    scanFile(task) {
      // The scan keeps at most 2 × threads files in flight, so the queue never refuses one.
      pool ??= createAnalysisPool({
        threads,
        maxQueue: threads * 4,
        ...(taskTimeoutMs ? { taskTimeoutMs } : {}),
      });
      return pool.scanFile(task);
    },
    destroy: async () => {
      await pool?.destroy();
    },
  };
}

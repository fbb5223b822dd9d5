// The worker pool, started only when a file needs analysing: a resumed scan whose reports are all
// up to date loads no tokenizer (the dictionary is ~100 MB, each worker adds ~120 MB and ~0.5 s).
import { availableParallelism } from "node:os";
import type { AnalysisTask } from "../worker/analyze-task.js";
import { type AnalysisPool, createAnalysisPool } from "../worker/pool.js";

export interface LazyPool {
  readonly threads: number;
  run(task: AnalysisTask): ReturnType<AnalysisPool["run"]>;
  destroy(): Promise<void>;
}

/** `jobs` threads (default: one per core), but never more threads than files. */
export function lazyPool(jobs: number | undefined, files: number, taskTimeoutMs?: number): LazyPool {
  const threads = Math.max(1, Math.min(jobs ?? availableParallelism(), files));
  let pool: AnalysisPool | undefined;
  return {
    threads,
    run(task) {
      // The scan keeps at most 2 × threads files in flight, so the queue never refuses one.
      pool ??= createAnalysisPool({
        threads,
        maxQueue: threads * 4,
        ...(taskTimeoutMs ? { taskTimeoutMs } : {}),
      });
      return pool.run(task);
    },
    destroy: async () => {
      await pool?.destroy();
    },
  };
}

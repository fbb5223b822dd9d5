// A bounded worker-thread pool for analyses (server and batch scan): one kuromoji per thread.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { ClausegapError } from "../core/errors.js";
import { fromRoot } from "../core/paths.js";
import type { ScanFileTask } from "../scan/scan-file.js";
import type { ScanRow } from "../scan/summary/schema.js";
import type { AnalysisOutcome, AnalysisTask, WorkerSettings } from "./analyze-task.js";
import { sharedDictionary } from "./dictionary-bytes.js";
import { waitAtomic } from "./wait.js";

export interface PoolOptions {
  /** Worker threads (default: one per core); each builds its tokenizer (~120 MB) from the shared dictionary. */
  readonly threads?: number;
  /** Tasks allowed to wait beyond the running ones; more are refused with QUEUE_FULL (default 64). */
  readonly maxQueue?: number;
  /** Per-task time limit in ms; the worker running an overdue task is stopped (default 60 s). */
  readonly taskTimeoutMs?: number;
  /**
   * A worker that fails outside a task (a crash; a tokenizer that does not load is no failure: see
   * ready()). Without a listener the pool's 'error' event would crash the whole process; default: a
   * process warning.
   */
  readonly onWorkerError?: (error: Error) => void;
  /**
   * How much lower the threads' scheduling priority is than the process's (a nice increment, 0–19;
   * default 0). The server uses a little, so that its HTTP thread answers first.
   */
  readonly niceness?: number;
  /** Another IPADIC folder than kuromoji's own (tests: one that does not load). */
  readonly dictionaryPath?: string;
}

export interface AnalysisPool {
  /**
   * `signal`: the caller gave up (e.g. an HTTP client disconnected): the task leaves the queue or
   * its thread is stopped, and run() rejects with that signal's reason (an AbortError).
   */
  run(task: AnalysisTask, options?: { readonly signal?: AbortSignal }): Promise<AnalysisOutcome>;
  /** The batch scan's whole step for one file (read, analyse, write the reports) in a worker. */
  scanFile(task: ScanFileTask): Promise<ScanRow>;
  /**
   * Resolves once every worker has loaded its tokenizer; rejects with TOKENIZER_UNAVAILABLE when a
   * worker could not (its tasks then settle with that error, never hang).
   */
  ready(): Promise<void>;
  /** Workers whose tokenizer was built from the process's shared dictionary (dictionary-bytes.ts). */
  readonly sharingDictionary: number;
  readonly threads: number;
  /** Tasks allowed to wait; run() refuses more with QUEUE_FULL. */
  readonly maxQueue: number;
  readonly queueSize: number;
  readonly running: number;
  destroy(): Promise<void>;
}

/**
 * Moves the bytes to the worker instead of copying them, but only when the view owns its whole
 * ArrayBuffer: a small Node Buffer is a slice of a shared 8 KB pool (often at byteOffset 0), and
 * transferring that pool would detach every other Buffer living in it.
 */
function transferable(task: AnalysisTask): ArrayBuffer[] {
  const { buffer, byteOffset, byteLength } = task.bytes;
  const ownsBuffer = byteOffset === 0 && byteLength === buffer.byteLength && byteLength > 0;
  return ownsBuffer && buffer instanceof ArrayBuffer ? [buffer] : [];
}

/** The compiled worker: worker threads cannot run TypeScript, so even tests use dist/. */
const WORKER_FILE = fromRoot("dist", "src", "worker", "analyze-task.js");

export function createAnalysisPool(options: PoolOptions = {}): AnalysisPool {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const maxQueue = options.maxQueue ?? 64;
  const timeoutMs = options.taskTimeoutMs ?? 60_000;
  // [0]: workers done starting; [1]: of those, the ones that read the shared dictionary;
  // [2]: the ones that could not load their tokenizer.
  const ready = new Int32Array(new SharedArrayBuffer(12));
  const workerData: WorkerSettings = {
    ready,
    niceness: options.niceness ?? 0,
    dictionary: sharedDictionary(),
    ...(options.dictionaryPath ? { dictionaryPath: options.dictionaryPath } : {}),
  };
  const piscina = new Piscina({
    filename: WORKER_FILE,
    minThreads: threads,
    maxThreads: threads,
    maxQueue,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData,
  });
  piscina.on("error", (error: Error) => {
    if (options.onWorkerError) options.onWorkerError(error);
    else process.emitWarning(`clausegap: analysis worker failed: ${error.message}`);
  });
  let running = 0;

  /** Runs the worker's export `name`; a timeout, a full queue or the caller's abort become errors. */
  async function dispatch<T>(
    name: string,
    task: unknown,
    transferList: ArrayBuffer[],
    caller?: AbortSignal,
  ): Promise<T> {
    // maxQueue 0 means "no waiting at all": piscina itself refuses when no thread is free.
    if (maxQueue > 0 && piscina.queueSize >= maxQueue) throw new ClausegapError("QUEUE_FULL");
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = caller ? AbortSignal.any([timeout, caller]) : timeout;
    running++;
    try {
      return await piscina.run(task, { name, signal, transferList });
    } catch (e) {
      if (caller?.aborted) throw caller.reason;
      if (e instanceof Error && e.name === "AbortError")
        throw new ClausegapError("ANALYSIS_TIMEOUT", { limitMs: timeoutMs });
      if (e instanceof Error && /queue is at limit|no task queue available/i.test(e.message))
        throw new ClausegapError("QUEUE_FULL");
      throw e;
    } finally {
      running--;
    }
  }

  const run = (task: AnalysisTask, options: { signal?: AbortSignal } = {}) =>
    dispatch<AnalysisOutcome>("default", task, transferable(task), options.signal);
  const scanFile = (task: ScanFileTask) => dispatch<ScanRow>("scanFileTask", task, []);

  async function waitReady(): Promise<void> {
    for (let done = Atomics.load(ready, 0); done < threads; done = Atomics.load(ready, 0))
      await waitAtomic(ready, done);
    if (Atomics.load(ready, 2) > 0) throw new ClausegapError("TOKENIZER_UNAVAILABLE");
  }

  return {
    run,
    scanFile,
    ready: waitReady,
    threads,
    maxQueue,
    get sharingDictionary() {
      return Atomics.load(ready, 1);
    },
    get queueSize() {
      return piscina.queueSize;
    },
    get running() {
      return running;
    },
    destroy: () => piscina.destroy(),
  };
}

// The worker-thread side of the analysis pool: loads the tokenizer once, then analyses tasks.
import { getPriority, setPriority } from "node:os";
import { workerData } from "node:worker_threads";
import { warmUp } from "../analyze-clauses.js";
import { analyze } from "../analyzer.js";
import { type Bilingual, type ErrorCode, toClausegapError } from "../core/errors.js";
import type { IngestLimits } from "../ingest/index.js";
import type { ReferenceBaseline } from "../reference/index.js";
import { type ScanFileTask, scanFile } from "../scan/scan-file.js";
import type { ScanRow } from "../scan/summary/schema.js";
import { withCharsetCheck } from "./declared-charset.js";
import type { SharedDictionary } from "./dictionary-bytes.js";
import { useSharedDictionary } from "./dictionary-hook.js";
import { type Analysed, analysed, type Rendering } from "./render.js";

export interface AnalysisTask {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly reference?: ReferenceBaseline;
  readonly limits?: Partial<IngestLimits>;
  /** The charset the sender declared (HTTP Content-Type): a report warning when ingest detected another. */
  readonly declaredCharset?: string;
  /** Hand the report back as these texts instead of as an object (render.ts). */
  readonly render?: readonly Rendering[];
}

export interface TaskError {
  readonly code: ErrorCode;
  readonly message: Bilingual;
  readonly httpStatus: number;
  /** INTERNAL_ERROR only: what was really thrown, for the server's log (never shown to clients). */
  readonly cause?: string;
}

/** Errors cross the thread boundary as data: a ClausegapError would lose its class on the way. */
export type AnalysisOutcome = Analysed | { readonly ok: false; readonly error: TaskError };

/** What the pool tells each of its threads (pool.ts). */
export interface WorkerSettings {
  /**
   * `[0]` counts the threads done starting, `[1]` those of them that use the shared dictionary,
   * `[2]` those that could not load their tokenizer.
   */
  readonly ready?: Int32Array;
  /** How much lower than the process this thread runs (nice increment, Linux: per thread). */
  readonly niceness?: number;
  readonly dictionary?: SharedDictionary;
  /** Another IPADIC folder than kuromoji's own (tests: one that does not load). */
  readonly dictionaryPath?: string;
}

export async function runTask(task: AnalysisTask): Promise<AnalysisOutcome> {
  try {
    const options = { name: task.name, reference: task.reference, limits: task.limits };
    const report = withCharsetCheck(await analyze(task.bytes, options), task.declaredCharset);
    return analysed(report, task.render);
  } catch (e) {
    return failedOutcome(e);
  }
}

function failedOutcome(e: unknown): AnalysisOutcome {
  const error = toClausegapError(e);
  const cause = error.code === "INTERNAL_ERROR" ? describeCause(error.cause) : undefined;
  const { code, messages: message, httpStatus } = error;
  return { ok: false, error: { code, message, httpStatus, ...(cause ? { cause } : {}) } };
}

function describeCause(cause: unknown): string | undefined {
  if (cause === undefined) return undefined;
  return cause instanceof Error ? (cause.stack ?? `${cause.name}: ${cause.message}`) : String(cause);
}

/**
 * The server's analyses are batch work and its HTTP thread is interactive: there the pool asks its
 * threads to run a little below the process (on Linux the nice value is per thread, so only this
 * worker changes). The scan asks for nothing: a niced worker only starves behind other programs.
 */
function lowerPriority(niceness: number): void {
  if (niceness <= 0) return;
  try {
    setPriority(Math.min(19, getPriority() + niceness));
  } catch {
    // Not permitted or not supported here: analyses simply run at normal priority.
  }
}

/** Tells the pool this thread is done starting (pool.ts ready()). */
function started(settings: WorkerSettings, how: "shared" | "own" | "failed"): void {
  const counts = settings.ready;
  if (!counts) return;
  if (how === "shared") Atomics.add(counts, 1, 1);
  if (how === "failed") Atomics.add(counts, 2, 1);
  Atomics.add(counts, 0, 1);
  Atomics.notify(counts, 0);
}

/**
 * Loads the tokenizer. A thread that cannot load it answers every task with that typed error
 * (TOKENIZER_UNAVAILABLE) instead of failing: piscina would only start another thread that fails
 * the same way, and the tasks waiting for it would never settle.
 */
async function initialize(): Promise<typeof runTask> {
  const settings = (workerData ?? {}) as WorkerSettings;
  lowerPriority(settings.niceness ?? 0);
  try {
    const shared = await useSharedDictionary(settings.dictionary);
    await warmUp(settings.dictionaryPath);
    started(settings, shared ? "shared" : "own");
    return runTask;
  } catch (e) {
    started(settings, "failed");
    const outcome = failedOutcome(e);
    return async () => outcome;
  }
}

const initialized = initialize();

// Piscina awaits this promise before it hands the thread any task (tokenizer warm first).
export default initialized;

/** The batch scan's task (`pool.scanFile`): one file read, analysed and written in this thread. */
export const scanFileTask: Promise<(task: ScanFileTask) => Promise<ScanRow>> = initialized.then(
  (analyse) => (task) => scanFile(task, analyse),
);

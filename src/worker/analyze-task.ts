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
  /** `[0]` counts the threads whose tokenizer is loaded, `[1]` those that use the shared dictionary. */
  readonly ready?: Int32Array;
  /** How much lower than the process this thread runs (nice increment, Linux: per thread). */
  readonly niceness?: number;
  readonly dictionary?: SharedDictionary;
}

export async function runTask(task: AnalysisTask): Promise<AnalysisOutcome> {
  try {
    const options = { name: task.name, reference: task.reference, limits: task.limits };
    const report = withCharsetCheck(await analyze(task.bytes, options), task.declaredCharset);
    return analysed(report, task.render);
  } catch (e) {
    const error = toClausegapError(e);
    const cause = error.code === "INTERNAL_ERROR" ? describeCause(error.cause) : undefined;
    const { code, messages: message, httpStatus } = error;
    return { ok: false, error: { code, message, httpStatus, ...(cause ? { cause } : {}) } };
  }
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

async function initialize(): Promise<typeof runTask> {
  const settings = (workerData ?? {}) as WorkerSettings;
  lowerPriority(settings.niceness ?? 0);
  const shared = await useSharedDictionary(settings.dictionary);
  await warmUp();
  if (settings.ready) {
    if (shared) Atomics.add(settings.ready, 1, 1);
    Atomics.add(settings.ready, 0, 1);
    Atomics.notify(settings.ready, 0);
  }
  return runTask;
}

const initialized = initialize();

// Piscina awaits this promise before it hands the thread any task (tokenizer warm first).
export default initialized;

/** The batch scan's task (`pool.scanFile`): one file read, analysed and written in this thread. */
export const scanFileTask: Promise<(task: ScanFileTask) => Promise<ScanRow>> = initialized.then(
  (analyse) => (task) => scanFile(task, analyse),
);

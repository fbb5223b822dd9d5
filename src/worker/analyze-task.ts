// The worker-thread side of the analysis pool: loads the tokenizer once, then analyses tasks.
import { constants, setPriority } from "node:os";
import { warmUp } from "../analyze-clauses.js";
import { analyze } from "../analyzer.js";
import { type Bilingual, type ErrorCode, toClausegapError } from "../core/errors.js";
import type { IngestLimits } from "../ingest/index.js";
import type { ReferenceBaseline } from "../reference/index.js";
import type { GapReport } from "../report/schema.js";

export interface AnalysisTask {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly reference?: ReferenceBaseline;
  readonly limits?: Partial<IngestLimits>;
}

export interface TaskError {
  readonly code: ErrorCode;
  readonly message: Bilingual;
  readonly httpStatus: number;
  /** INTERNAL_ERROR only: what was really thrown, for the server's log (never shown to clients). */
  readonly cause?: string;
}

/** Errors cross the thread boundary as data: a ClausegapError would lose its class on the way. */
export type AnalysisOutcome =
  | { readonly ok: true; readonly report: GapReport }
  | { readonly ok: false; readonly error: TaskError };

export async function runTask(task: AnalysisTask): Promise<AnalysisOutcome> {
  try {
    const options = { name: task.name, reference: task.reference, limits: task.limits };
    return { ok: true, report: await analyze(task.bytes, options) };
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
 * Analyses are batch work; the HTTP thread (health checks, uploads) is interactive. On Linux the nice
 * value is per thread, so this lowers only this worker: with as many workers as cores, the main
 * thread still gets a core at once (probes measured at up to ~0.8 s behind busy workers without it).
 */
function yieldToMainThread(): void {
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted or not supported here: analyses simply run at normal priority.
  }
}

async function initialize(): Promise<typeof runTask> {
  yieldToMainThread();
  await warmUp();
  const { workerData } = await import("node:worker_threads");
  const ready = (workerData as { ready?: Int32Array } | undefined)?.ready;
  if (ready) Atomics.add(ready, 0, 1);
  return runTask;
}

// Piscina awaits this promise before it hands the thread any task (tokenizer warm first).
export default initialize();

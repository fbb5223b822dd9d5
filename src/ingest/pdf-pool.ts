// Runs PDF extraction in worker threads so that a slow or hostile PDF really stops at the time limit:
// pdfjs works in long synchronous stretches that no timer can interrupt on the main thread (measured:
// a 150 ms limit on real-files #10 fired only after the whole 93 pages). On timeout the worker is
// terminated, which frees everything it held; the next PDF gets a fresh worker. Idle workers are kept
// (unref'd, so they never hold the process open) to avoid reloading pdfjs for every file.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ClausegapError } from "../core/errors.js";
import { PDF_WORKER_SOURCE, type PdfReply, type PdfRequest } from "./pdf-worker-source.js";

/** Idle workers kept for reuse; more run at once when several PDFs are read concurrently. */
const MAX_IDLE = 2;
/** A worker's heap limit: a PDF that needs more is refused rather than taking the process down. */
const WORKER_HEAP_MB = 1024;

const idle: Worker[] = [];

function pdfParseUrl(): string {
  const require = createRequire(import.meta.url);
  // pdf-parse's "import" export: the ESM build beside the CJS entry that require.resolve finds.
  const esm = require.resolve("pdf-parse").replace(/[\\/]cjs[\\/]index\.cjs$/, "/esm/index.js");
  return pathToFileURL(esm).href;
}

function spawn(): Worker {
  return new Worker(PDF_WORKER_SOURCE, {
    eval: true,
    workerData: { pdfParseUrl: pdfParseUrl() },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
}

function release(worker: Worker): void {
  worker.removeAllListeners();
  if (idle.length < MAX_IDLE) {
    worker.unref();
    // An idle worker that dies is simply forgotten (an unheard 'error' event would throw).
    worker.on("error", () => undefined);
    worker.once("exit", () => {
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
    });
    idle.push(worker);
  } else {
    void worker.terminate();
  }
}

/** Extracts the raw text of every page in a worker, within `timeoutMs`. */
export function extractInWorker(request: PdfRequest, timeoutMs: number): Promise<PdfReply> {
  const worker = idle.pop() ?? spawn();
  worker.removeAllListeners();
  worker.ref();
  return new Promise<PdfReply>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (keep) release(worker);
      else {
        worker.removeAllListeners();
        void worker.terminate();
      }
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new ClausegapError("EXTRACTION_TIMEOUT", { limitMs: timeoutMs })), false),
      timeoutMs,
    );
    worker.once("message", (reply: PdfReply) => finish(() => resolve(reply), true));
    worker.once("error", (e) =>
      finish(
        () => reject(new ClausegapError("CORRUPT_PDF", { detail: workerFailure(e) }, { cause: e })),
        false,
      ),
    );
    worker.once("exit", (code) =>
      finish(
        () => reject(new ClausegapError("CORRUPT_PDF", { detail: `extraction stopped (${code})` })),
        false,
      ),
    );
    worker.postMessage(request, [request.data]);
  });
}

function workerFailure(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return "reading it needs too much memory";
  return e instanceof Error ? e.message.slice(0, 200) : String(e);
}

/** Terminates the idle workers (tests, graceful shutdown). */
export async function closePdfWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((w) => w.terminate()));
}

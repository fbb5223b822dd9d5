// Races in-thread work against a time limit. The timer can only fire when the work yields to the
// event loop (jszip and mammoth do, between chunks); pdfjs does not, so PDFs use a worker (pdf-pool.ts).
import { ClausegapError } from "../core/errors.js";

/** Resolves with `work`, or rejects with EXTRACTION_TIMEOUT after `limitMs` (the work's result is then dropped). */
export async function withDeadline<T>(work: Promise<T>, limitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClausegapError("EXTRACTION_TIMEOUT", { limitMs })), limitMs);
  });
  work.catch(() => undefined); // the loser must not become an unhandled rejection
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

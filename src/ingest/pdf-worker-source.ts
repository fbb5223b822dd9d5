// The code of the PDF extraction worker thread, kept as a string (run with `eval: true`) so it works
// the same from src/ (tests) and dist/ (package) without a separate build step for a worker file.
// It imports pdf-parse by absolute URL, extracts page by page, and reports back; pdfjs never writes
// to the console (verbosity ERRORS, and the worker's console is silenced: it is pdfjs's alone).

/** Request posted to the worker; `data` is transferred. */
export interface PdfRequest {
  readonly data: ArrayBuffer;
  readonly maxPages: number;
  readonly options: Readonly<Record<string, unknown>>;
}

/** Reply from the worker. */
export type PdfReply =
  | { readonly ok: true; readonly pages: readonly string[] }
  | { readonly ok: false; readonly tooManyPages?: number; readonly name: string; readonly message: string };

export const PDF_WORKER_SOURCE = `
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
for (const k of ["log", "info", "warn", "error", "debug", "trace"]) console[k] = () => {};
const loading = import(workerData.pdfParseUrl);
const TEXT = { pageJoiner: "", parseHyperlinks: false };

async function extract(req) {
  const { PDFParse, VerbosityLevel } = await loading;
  const parser = new PDFParse({ ...req.options, data: new Uint8Array(req.data), verbosity: VerbosityLevel.ERRORS });
  try {
    const first = await parser.getText({ ...TEXT, partial: [1] });
    if (first.total > req.maxPages) return { ok: false, tooManyPages: first.total, name: "TooManyPages", message: "" };
    const pages = first.pages.map((p) => p.text);
    if (first.total > 1) {
      const rest = await parser.getText({ ...TEXT, first: 2, last: first.total });
      for (const p of rest.pages) pages.push(p.text);
    }
    return { ok: true, pages };
  } finally {
    await parser.destroy().catch(() => {});
  }
}

parentPort.on("message", (req) => {
  extract(req).then(
    (reply) => parentPort.postMessage(reply),
    (e) => parentPort.postMessage({ ok: false, name: String(e && e.name), message: String(e && e.message).slice(0, 300) }),
  );
});
`;

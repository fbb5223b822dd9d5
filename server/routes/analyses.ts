// /v1/analyses: upload a contract and get its GapReport; read, list and delete stored analyses.
import { type Request, type Response, Router } from "express";
import type { Logger } from "pino";
import { ClausegapError } from "../../src/core/errors.js";
import { toStoredReport } from "../../src/report/stored.js";
import type { AnalysisPool } from "../../src/worker/pool.js";
import { withCharsetCheck } from "../charset.js";
import type { ServerConfig } from "../config.js";
import { methodNotAllowed, RemoteError } from "../errors.js";
import { referenceFromPart } from "../reference.js";
import { ListQuerySchema } from "../schemas.js";
import { isAnalysisId, newAnalysisId } from "../store/ids.js";
import type { AnalysisStore } from "../store/index.js";
import { readUpload } from "../upload/index.js";

export interface AnalysesDeps {
  readonly pool: AnalysisPool;
  readonly store: AnalysisStore;
  readonly config: ServerConfig;
  readonly logger: Logger;
}

function idParam(req: Request): string {
  const id = req.params.id;
  if (!isAnalysisId(id)) throw new ClausegapError("NOT_FOUND");
  return id;
}

/** Aborts when the client disconnects before its answer: its analysis is dropped, not run for nobody. */
function clientGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished)
      controller.abort(new ClausegapError("MALFORMED_REQUEST", { detail: "client went away" }));
  });
  return controller.signal;
}

export function analysesRouter({ pool, store, config }: AnalysesDeps): Router {
  const router = Router();

  async function create(req: Request, res: Response): Promise<void> {
    // Refuse before reading the upload when the queue is already full: no point receiving 20 MB.
    if (pool.maxQueue > 0 && pool.queueSize >= pool.maxQueue) throw new ClausegapError("QUEUE_FULL");
    const upload = await readUpload(req, config);
    const reference = upload.reference === undefined ? undefined : referenceFromPart(upload.reference);
    const started = performance.now();
    const outcome = await pool.run(
      { bytes: upload.bytes, name: upload.name, reference, limits: { maxBytes: config.maxBytes } },
      { signal: clientGone(res) },
    );
    if (!outcome.ok) throw new RemoteError(outcome.error);
    const report = withCharsetCheck(outcome.report, upload.declaredCharset);
    const id = newAnalysisId();
    const stored = config.keepDocuments ? report : toStoredReport(report);
    await store.put({ id, createdAt: new Date().toISOString(), report: stored });
    const ms = Math.round(performance.now() - started);
    req.log.info({ analysisId: id, document: upload.name, bytes: upload.bytes.byteLength, ms }, "analysed");
    res.status(201).location(`/v1/analyses/${id}`).json(report);
  }

  async function list(req: Request, res: Response): Promise<void> {
    const query = ListQuerySchema.safeParse(req.query);
    if (!query.success) {
      const detail = query.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new ClausegapError("MALFORMED_REQUEST", { detail });
    }
    const page = await store.list(query.data);
    if (page.nextCursor) {
      const next = `/v1/analyses?limit=${query.data.limit}&cursor=${page.nextCursor}`;
      res.set("Link", `<${next}>; rel="next"`);
    }
    res.json({ items: page.items, nextCursor: page.nextCursor });
  }

  async function read(req: Request, res: Response): Promise<void> {
    const found = await store.get(idParam(req));
    if (!found) throw new ClausegapError("NOT_FOUND");
    res.set("Last-Modified", new Date(found.createdAt).toUTCString()).json(found.report);
  }

  async function remove(req: Request, res: Response): Promise<void> {
    if (!(await store.delete(idParam(req)))) throw new ClausegapError("NOT_FOUND");
    res.status(204).end();
  }

  router
    .route("/")
    .post(create)
    .get(list)
    .all(methodNotAllowed(["GET", "POST"]));
  router
    .route("/:id")
    .get(read)
    .delete(remove)
    .all(methodNotAllowed(["GET", "DELETE"]));
  return router;
}

// /v1/analyses: upload a contract and get its GapReport; read, list and delete stored analyses.
import { type Request, type Response, Router } from "express";
import type { Logger } from "pino";
import { ClausegapError } from "../../src/core/errors.js";
import type { AnalysisPool } from "../../src/worker/pool.js";
import type { Rendering } from "../../src/worker/render.js";
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

/**
 * The worker serialised the report (the response) and its stored copy (without the contract text
 * unless documents are kept): this thread only moves strings. See src/worker/render.ts.
 */
function texts(
  rendered: Partial<Record<Rendering, string>>,
  keepDocuments: boolean,
): { body: string; kept: string } {
  const body = rendered.compact;
  const kept = keepDocuments ? body : rendered.stored; // never the full text by accident
  if (body === undefined || kept === undefined)
    throw new Error("the analysis worker did not render the report");
  return { body, kept };
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
    const bytes = upload.bytes.byteLength; // read now: the bytes move to the worker (transferred)
    const started = performance.now();
    const outcome = await pool.run(
      {
        bytes: upload.bytes,
        name: upload.name,
        reference,
        limits: { maxBytes: config.maxBytes },
        declaredCharset: upload.declaredCharset,
        render: config.keepDocuments ? ["compact"] : ["compact", "stored"],
      },
      { signal: clientGone(res) },
    );
    if (!outcome.ok) throw new RemoteError(outcome.error);
    const { body, kept } = texts(outcome.rendered, config.keepDocuments);
    const id = newAnalysisId();
    await store.put({ id, createdAt: new Date().toISOString(), reportJson: kept });
    const ms = Math.round(performance.now() - started);
    req.log.info({ analysisId: id, document: upload.name, bytes, ms }, "analysed");
    res.status(201).location(`/v1/analyses/${id}`).type("json").send(body);
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

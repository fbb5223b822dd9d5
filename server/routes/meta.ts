// Probes, the reference baseline in use and the OpenAPI document.
import { Router } from "express";
import { defaultBaseline } from "../../src/reference/index.js";
import { buildOpenApiDocument } from "../openapi.js";
import type { ReadinessState } from "../readiness.js";

/** /healthz (alive) and /readyz (workers warm, not stopping): no key needed, for orchestrators. */
export function probesRouter(readiness: ReadinessState): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ status: "ok" });
  });
  router.get("/readyz", (_req, res) => {
    const snapshot = readiness.snapshot();
    res
      .status(snapshot.status === "ready" ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json(snapshot);
  });
  return router;
}

export function openApiRouter(options: { auth: boolean }): Router {
  const document = buildOpenApiDocument(options);
  const router = Router();
  router.get("/openapi.json", (_req, res) => {
    res.json(document);
  });
  return router;
}

/** GET /v1/reference: the bundled baseline that analyses use when no `reference` part is sent. */
export function referenceRouter(): Router {
  const router = Router();
  router.get("/", (_req, res) => {
    res.json(defaultBaseline());
  });
  return router;
}

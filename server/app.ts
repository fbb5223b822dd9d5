// The HTTP API as an Express app (no listen(): main.ts and the tests do that).
import express, { type Express, type RequestHandler } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import type { AnalysisPool } from "../src/worker/pool.js";
import type { ServerConfig } from "./config.js";
import { notFound, problemHandler } from "./errors.js";
import { requireApiKey } from "./http/auth.js";
import { requestLogger } from "./http/logging.js";
import { ReadinessState } from "./readiness.js";
import { analysesRouter } from "./routes/analyses.js";
import { openApiRouter, probesRouter, referenceRouter } from "./routes/meta.js";
import type { AnalysisStore } from "./store/index.js";

export interface AppDeps {
  readonly pool: AnalysisPool;
  readonly store: AnalysisStore;
  readonly config: ServerConfig;
  readonly logger: Logger;
  /** Shared with main.ts so that shutdown can flip /readyz; created from the pool if absent. */
  readonly readiness?: ReadinessState;
}

/** Reports quote confidential contracts: no shared cache (proxy, CDN) may keep them. */
const noStore: RequestHandler = (_req, res, next) => {
  res.set("Cache-Control", "no-store");
  next();
};

export function createApp(deps: AppDeps): Express {
  const { config, logger } = deps;
  const readiness = deps.readiness ?? new ReadinessState(deps.pool);
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(helmet());
  app.use(requestLogger(logger));
  app.use(probesRouter(readiness));
  app.use(openApiRouter({ auth: Boolean(config.apiKey) }));
  // No route takes a JSON body (uploads are multipart or raw, with their own limits): anything
  // else is refused by the upload reader, so no body parser is mounted at all.
  app.use("/v1", requireApiKey(config.apiKey), noStore);
  app.use("/v1/analyses", analysesRouter(deps));
  app.use("/v1/reference", referenceRouter());
  app.use(notFound);
  app.use(problemHandler(logger, config.retryAfterSeconds));
  return app;
}

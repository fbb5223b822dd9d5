// Structured request logs (pino-http) and request ids. Logs carry method, path, status, timing and
// ids only: no headers (the API key), no query (a document name may be in ?name=), no bodies.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

const INCOMING_ID = /^[\w.:@-]{1,128}$/;

/** A sane incoming X-Request-Id is kept (tracing across services); anything else is replaced. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === "string" && INCOMING_ID.test(header) ? header : randomUUID();
}

function pathOf(url: string | undefined): string {
  return (url ?? "").split("?")[0] ?? "";
}

export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const id = requestIdOf(req.headers["x-request-id"]);
      res.setHeader("X-Request-Id", id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return "error";
      return res.statusCode >= 400 ? "warn" : "info";
    },
    // Probes hit every few seconds: log them only at debug level.
    autoLogging: { ignore: (req) => /^\/(healthz|readyz)$/.test(pathOf(req.url)) },
  });
}

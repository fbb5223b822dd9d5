// Every failure leaves as application/problem+json (RFC 9457) with our stable code and ja/en text:
// never a stack trace, never a server path.
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import { type Bilingual, ClausegapError, type ErrorCode, isClausegapError } from "../src/core/errors.js";
import type { Problem } from "./schemas.js";

/** What a problem is built from: a ClausegapError, or an error that came back from a worker as data. */
export interface ProblemSource {
  readonly code: ErrorCode;
  readonly message: Bilingual;
  readonly httpStatus: number;
}

/** An error that came back from a worker thread as data (a class does not survive the crossing). */
export class RemoteError extends Error {
  override readonly name = "RemoteError";
  constructor(readonly source: ProblemSource) {
    super(source.message.en);
  }
}

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** `FILE_TOO_LARGE` → `urn:clausegap:error:FILE_TOO_LARGE`: stable, documented in docs/api.md. */
export function problemType(code: ErrorCode): string {
  return `urn:clausegap:error:${code}`;
}

/** `FILE_TOO_LARGE` → `File too large`: one title per problem type, as RFC 9457 asks. */
export function problemTitle(code: ErrorCode): string {
  const words = code.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Absolute POSIX or Windows paths (two or more segments) that a library might put in a message.
const PATH_PATTERN = /(?:[A-Za-z]:\\|\/)(?:[^\s/\\:'"()（）]+[/\\])+[^\s/\\:'"()（）]*/g;

/** Removes anything that looks like a file-system path from a message meant for the client. */
export function scrubPaths(text: string): string {
  return text.replace(PATH_PATTERN, "…");
}

export function toProblemSource(error: unknown): ProblemSource {
  if (isClausegapError(error))
    return { code: error.code, message: error.messages, httpStatus: error.httpStatus };
  if (error instanceof RemoteError) return error.source;
  const status = httpStatusOf(error);
  if (status === 400) return fromCode("MALFORMED_REQUEST");
  if (status === 404) return fromCode("NOT_FOUND");
  if (status === 413) return fromCode("FILE_TOO_LARGE");
  return fromCode("INTERNAL_ERROR");
}

function fromCode(code: ErrorCode): ProblemSource {
  const e = new ClausegapError(code);
  return { code, message: e.messages, httpStatus: e.httpStatus };
}

/** Errors raised by Express or body parsers carry `status`/`statusCode` (e.g. a malformed URI: 400). */
function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === "number" ? status : statusCode;
  return typeof value === "number" ? value : undefined;
}

export function buildProblem(source: ProblemSource, instance: string, requestId?: string): Problem {
  const message = { ja: scrubPaths(source.message.ja), en: scrubPaths(source.message.en) };
  return {
    type: problemType(source.code),
    title: problemTitle(source.code),
    status: source.httpStatus,
    detail: message.en,
    instance,
    code: source.code,
    message,
    ...(requestId ? { requestId } : {}),
  };
}

export function sendProblem(res: Response, source: ProblemSource, retryAfterSeconds: number): void {
  const req = res.req;
  if (source.httpStatus === 503) res.set("Retry-After", String(retryAfterSeconds));
  if (source.httpStatus === 401) res.set("WWW-Authenticate", 'Bearer realm="clausegap"');
  res.set("Cache-Control", "no-store");
  // An unread upload (refused early: too large, no key, queue full) is not read to its end: the
  // connection closes after this answer instead.
  if (!req.complete) res.set("Connection", "close");
  const requestId = typeof req.id === "string" ? req.id : undefined;
  const body = buildProblem(source, req.path, requestId);
  res.status(source.httpStatus).type(PROBLEM_MEDIA_TYPE).send(JSON.stringify(body));
}

/** The last middleware: logs the cause server-side and answers with a problem document. */
export function problemHandler(logger: Logger, retryAfterSeconds: number): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const source = toProblemSource(error);
    if (source.httpStatus >= 500 && source.code === "INTERNAL_ERROR") {
      (req.log ?? logger).error({ err: error }, "internal error");
    }
    if (res.headersSent) return next(error);
    sendProblem(res, source, retryAfterSeconds);
  };
}

/** Unknown routes. */
export const notFound: RequestHandler = () => {
  throw new ClausegapError("NOT_FOUND");
};

/** A known path with a method it does not serve. */
export function methodNotAllowed(allow: readonly string[]): RequestHandler {
  return (_req, res) => {
    res.set("Allow", allow.join(", "));
    throw new ClausegapError("METHOD_NOT_ALLOWED", { allow: allow.join(", ") });
  };
}

// The routes of the OpenAPI document: what each accepts and every status it can answer with.
import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import type { COMPONENT_SCHEMAS } from "./openapi.js";
import { AnalysisIdSchema, ListQuerySchema } from "./schemas.js";
import { DOCX_MEDIA_TYPE } from "./upload/media-type.js";

type Schemas = typeof COMPONENT_SCHEMAS;

const problem = (schemas: Schemas, description: string, headers?: z.ZodObject): ResponseConfig => ({
  description,
  content: { "application/problem+json": { schema: schemas.Problem } },
  ...(headers ? { headers } : {}),
});

const RetryAfter = z.object({ "Retry-After": z.string().describe("Seconds to wait before retrying") });
const binary = { type: "string", contentMediaType: "application/octet-stream" } as const;

function uploadBody(schemas: Schemas) {
  const multipart = z.object({
    file: z.string().meta({ ...binary, description: "The contract: PDF, DOCX or text" }),
    reference: schemas.ReferenceBaseline.optional(), // a baseline replacing the bundled one
  });
  const raw = { schema: binary };
  return {
    required: true,
    description: "Either multipart/form-data (part `file`, optional part `reference`) or the file itself.",
    content: {
      "multipart/form-data": { schema: multipart },
      "application/pdf": raw,
      [DOCX_MEDIA_TYPE]: raw,
      "text/plain": raw,
      "application/octet-stream": raw,
    },
  };
}

function errorResponses(schemas: Schemas, auth: boolean): Record<number, ResponseConfig> {
  const responses: Record<number, ResponseConfig> = {
    500: problem(schemas, "Internal error (INTERNAL_ERROR); no details are disclosed"),
  };
  if (auth) responses[401] = problem(schemas, "Missing or wrong API key (UNAUTHORIZED)");
  return responses;
}

interface Context {
  readonly registry: OpenAPIRegistry;
  readonly schemas: Schemas;
  /** `security` when an API key is configured, and the error answers every /v1 route shares. */
  readonly v1: { security?: { bearerAuth: never[] }[] };
  readonly errors: Record<number, ResponseConfig>;
}

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

export function registerPaths(registry: OpenAPIRegistry, schemas: Schemas, auth: boolean): void {
  const ctx: Context = {
    registry,
    schemas,
    v1: auth ? { security: [{ bearerAuth: [] }] } : {},
    errors: errorResponses(schemas, auth),
  };
  registerUpload(ctx);
  registerStored(ctx);
  ctx.registry.registerPath({
    method: "get",
    path: "/v1/reference",
    summary: "The bundled reference baseline",
    ...ctx.v1,
    responses: {
      200: { description: "The baseline", content: json(schemas.ReferenceBaseline) },
      ...ctx.errors,
    },
  });
  registerProbes(registry, schemas);
}

function registerUpload({ registry, schemas, v1, errors }: Context): void {
  registry.registerPath({
    method: "post",
    path: "/v1/analyses",
    summary: "Analyse a contract",
    ...v1,
    request: {
      query: z.object({ name: z.string().optional().describe("Document name for a raw body") }),
      headers: z.object({ "X-Document-Name": z.string().optional().describe("Percent-encoded UTF-8") }),
      body: uploadBody(schemas),
    },
    responses: {
      201: {
        description: "The gap report (with the document's text; the stored copy drops it)",
        headers: z.object({ Location: z.string().describe("/v1/analyses/{id}") }),
        content: json(schemas.GapReport),
      },
      400: problem(schemas, "MALFORMED_REQUEST, or INVALID_REFERENCE"),
      413: problem(schemas, "FILE_TOO_LARGE (checked while the upload streams in), TOO_MANY_PAGES"),
      415: problem(schemas, "UNSUPPORTED_FORMAT (also an unsupported Content-Type), LEGACY_DOC"),
      422: problem(schemas, "A file that cannot be read: corrupt, encrypted, no text layer…"),
      503: problem(schemas, "QUEUE_FULL or ANALYSIS_TIMEOUT", RetryAfter),
      ...errors,
    },
  });
}

function registerStored({ registry, schemas, v1, errors }: Context): void {
  registry.registerPath({
    method: "get",
    path: "/v1/analyses",
    summary: "List stored analyses, newest first",
    ...v1,
    request: { query: ListQuerySchema },
    responses: {
      200: { description: "One page", content: json(schemas.AnalysisList) },
      400: problem(schemas, "Bad limit or cursor (MALFORMED_REQUEST)"),
      ...errors,
    },
  });
  const request = { params: z.object({ id: AnalysisIdSchema }) };
  const notFound = problem(schemas, "No such analysis (NOT_FOUND)");
  registry.registerPath({
    method: "get",
    path: "/v1/analyses/{id}",
    summary: "A stored gap report (without the document's text)",
    ...v1,
    request,
    responses: {
      200: { description: "The stored report", content: json(schemas.GapReport) },
      404: notFound,
      ...errors,
    },
  });
  registry.registerPath({
    method: "delete",
    path: "/v1/analyses/{id}",
    summary: "Delete an analysis",
    ...v1,
    request,
    responses: { 204: { description: "Deleted" }, 404: notFound, ...errors },
  });
}

function registerProbes(registry: OpenAPIRegistry, schemas: Schemas): void {
  registry.registerPath({
    method: "get",
    path: "/healthz",
    summary: "Liveness",
    responses: { 200: { description: "The process is alive", content: json(schemas.Health) } },
  });
  registry.registerPath({
    method: "get",
    path: "/readyz",
    summary: "Readiness: every worker has its tokenizer loaded",
    responses: {
      200: { description: "Ready", content: json(schemas.Readiness) },
      503: { description: "Starting or stopping", content: json(schemas.Readiness) },
    },
  });
  registry.registerPath({
    method: "get",
    path: "/openapi.json",
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": { schema: {} } } } },
  });
}

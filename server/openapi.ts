// The OpenAPI 3.1 document, generated from the same zod schemas that shape (and, in the tests,
// validate) the responses: never written by hand.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { ReferenceBaselineSchema } from "../src/reference/schema.js";
import { GapReportSchema } from "../src/report/schema.js";
import { TOOL_VERSION } from "../src/version.js";
import { registerPaths } from "./openapi-paths.js";
import {
  AnalysisListSchema,
  AnalysisSummarySchema,
  HealthSchema,
  ProblemSchema,
  ReadinessSchema,
} from "./schemas.js";

/** Component name → schema: the names a client sees in `#/components/schemas`. */
const SCHEMAS = {
  GapReport: GapReportSchema,
  Problem: ProblemSchema,
  AnalysisSummary: AnalysisSummarySchema,
  AnalysisList: AnalysisListSchema,
  ReferenceBaseline: ReferenceBaselineSchema,
  Health: HealthSchema,
  Readiness: ReadinessSchema,
} as const;

/**
 * The same schemas named through zod's own `.meta({ id })`, which the generator turns into
 * components and `$ref`s (zod 4 builds methods per instance, so `extendZodWithOpenApi` would come
 * too late for schemas created at import time). Ids are global to zod: named once, here (or where
 * a schema nested in another is defined, as AnalysisSummary is, so that it becomes a `$ref` too).
 */
export const COMPONENT_SCHEMAS = Object.fromEntries(
  Object.entries(SCHEMAS).map(([id, schema]) => [
    id,
    z.globalRegistry.get(schema)?.id === id ? schema : schema.meta({ id }),
  ]),
) as unknown as typeof SCHEMAS;

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

/** `auth`: whether an API key is configured (then the /v1 routes declare bearer security). */
export function buildOpenApiDocument({ auth }: { auth: boolean }): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  if (auth) registry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  registerPaths(registry, COMPONENT_SCHEMAS, auth);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "clausegap API",
      version: TOOL_VERSION,
      description:
        "Upload a Japanese contract (PDF, DOCX or text) and get the gap report of its data-leak " +
        "incident provisions against the reference baseline. Errors are RFC 9457 problem documents.",
    },
  });
}

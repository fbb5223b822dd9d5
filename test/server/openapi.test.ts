// The OpenAPI 3.1 document: valid, complete, every $ref resolving, and matching what the server
// really answers (each real response validated against the document's schema and the zod one).
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { COMPONENT_SCHEMAS } from "../../server/openapi.js";
import { contractText, LEGACY_DOC_BYTES, utf8 } from "./helpers/files.js";
import { postMultipart, postRaw } from "./helpers/http.js";
import { collectRefs, resolvePointer, responseValidator } from "./helpers/openapi.js";
import { serveForTests, withServer } from "./helpers/server.js";

type Json = Record<string, unknown>;
const METHODS = ["get", "post", "put", "delete", "patch"];

const server = serveForTests({ env: { CLAUSEGAP_MAX_BYTES: "100000" } });
let doc: Json;

beforeAll(async () => {
  const res = await fetch(`${server.url}/openapi.json`);
  expect(res.status).toBe(200);
  doc = (await res.json()) as Json;
});

function operations(): { path: string; method: string; op: Json }[] {
  return Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Json })),
  );
}

describe("the document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route the server serves, each with responses", () => {
    const routes = operations().map(({ path, method }) => `${method.toUpperCase()} ${path}`);
    expect(routes.sort()).toEqual(
      [
        "POST /v1/analyses",
        "GET /v1/analyses",
        "GET /v1/analyses/{id}",
        "DELETE /v1/analyses/{id}",
        "GET /v1/reference",
        "GET /healthz",
        "GET /readyz",
        "GET /openapi.json",
      ].sort(),
    );
    for (const { op } of operations()) expect(Object.keys(op.responses as Json).length).toBeGreaterThan(0);
  });

  it("resolves every $ref, and names the zod schemas as components", () => {
    const refs = collectRefs(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) expect(resolvePointer(doc, ref), ref).toBeDefined();
    const components = (doc.components as Json).schemas as Json;
    for (const name of Object.keys(COMPONENT_SCHEMAS)) expect(components[name], name).toBeDefined();
  });

  it("gives every error response the Problem schema as application/problem+json", () => {
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        if (Number(status) < 400 || path === "/readyz") continue;
        const content = response.content as Json;
        expect(Object.keys(content), `${method} ${path} ${status}`).toEqual(["application/problem+json"]);
        expect(collectRefs(content)).toEqual(["#/components/schemas/Problem"]);
      }
    }
  });

  it("declares bearer security only when an API key is configured", async () => {
    expect(JSON.stringify(doc)).not.toContain("bearerAuth");
    await withServer(server.pool, { env: { CLAUSEGAP_API_KEY: "0123456789abcdef0123" } }, async (keyed) => {
      const secured = (await (await fetch(`${keyed.url}/openapi.json`)).json()) as Json;
      const schemes = (secured.components as Json).securitySchemes as Json;
      expect(schemes.bearerAuth).toEqual({ type: "http", scheme: "bearer" });
      const post = ((secured.paths as Json)["/v1/analyses"] as Json).post as Json;
      expect(post.security).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(post.responses as Json)).toContain("401");
    });
  });
});

describe("real responses match the document and the zod schemas", () => {
  const seen: string[] = [];

  async function check(res: Response, path: string, method: string, schema?: z.ZodType) {
    const mediaType = (res.headers.get("content-type") ?? "").split(";")[0] ?? "";
    const body = mediaType ? await res.json() : undefined;
    const validate = responseValidator(doc);
    if (body !== undefined) {
      const result = validate(path, method, res.status, mediaType, body);
      expect(result.errors, `${method} ${path} ${res.status}`).toEqual([]);
      const zodSchema = mediaType === "application/problem+json" ? COMPONENT_SCHEMAS.Problem : schema;
      expect(zodSchema?.safeParse(body).success, `${method} ${path} ${res.status} zod`).toBe(true);
    } else {
      const op = ((doc.paths as Json)[path] as Json)[method] as Json;
      expect(Object.keys(op.responses as Json)).toContain(String(res.status));
    }
    seen.push(`${method} ${path} ${res.status}`);
    return body as Json | undefined;
  }

  it("for every route and the main errors", async () => {
    const S = COMPONENT_SCHEMAS;
    const created = await postMultipart(server.url, utf8(contractText(1)), { filename: "c.txt" });
    await check(created, "/v1/analyses", "post", S.GapReport);
    const location = created.headers.get("location") ?? "";
    await check(await fetch(server.url + location), "/v1/analyses/{id}", "get", S.GapReport);
    await check(await fetch(`${server.url}/v1/analyses?limit=1`), "/v1/analyses", "get", S.AnalysisList);
    await check(await fetch(`${server.url}/v1/reference`), "/v1/reference", "get", S.ReferenceBaseline);
    await check(await fetch(`${server.url}/healthz`), "/healthz", "get", S.Health);
    await check(await fetch(`${server.url}/readyz`), "/readyz", "get", S.Readiness);
    await check(await fetch(server.url + location, { method: "DELETE" }), "/v1/analyses/{id}", "delete");
    await check(await fetch(server.url + location), "/v1/analyses/{id}", "get");
    await check(await fetch(server.url + location, { method: "DELETE" }), "/v1/analyses/{id}", "delete");
    await check(await fetch(`${server.url}/v1/analyses?limit=-1`), "/v1/analyses", "get");
    await check(await postMultipart(server.url, utf8("x"), { reference: "[" }), "/v1/analyses", "post");
    await check(await postRaw(server.url, new Uint8Array(100_001), "text/plain"), "/v1/analyses", "post");
    await check(await postRaw(server.url, utf8("x"), "image/gif"), "/v1/analyses", "post");
    await check(await postRaw(server.url, LEGACY_DOC_BYTES, "application/msword"), "/v1/analyses", "post");
    await check(await postMultipart(server.url, new Uint8Array(0)), "/v1/analyses", "post");
    const validate = responseValidator(doc);
    const truncated = validate("/v1/analyses", "post", 201, "application/json", { schemaVersion: "1.0" });
    expect(truncated.errors.length).toBeGreaterThan(0); // the check is not vacuous
    expect(validate("/v1/analyses", "post", 299, "application/json", {}).documented).toBe(false);
    expect(seen).toEqual([
      "post /v1/analyses 201",
      "get /v1/analyses/{id} 200",
      "get /v1/analyses 200",
      "get /v1/reference 200",
      "get /healthz 200",
      "get /readyz 200",
      "delete /v1/analyses/{id} 204",
      "get /v1/analyses/{id} 404",
      "delete /v1/analyses/{id} 404",
      "get /v1/analyses 400",
      "post /v1/analyses 400",
      "post /v1/analyses 413",
      "post /v1/analyses 415",
      "post /v1/analyses 415",
      "post /v1/analyses 422",
    ]);
  });
});

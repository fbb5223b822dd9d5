// fetch helpers and the checks every created and every problem response must pass.
import { expect } from "vitest";
import { type Problem, ProblemSchema } from "../../../server/schemas.js";
import { type GapReport, GapReportSchema } from "../../../src/report/schema.js";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface UploadOptions {
  readonly filename?: string;
  readonly type?: string;
  readonly reference?: string;
  readonly headers?: Record<string, string>;
  readonly signal?: AbortSignal;
}

export function uploadForm(bytes: Uint8Array, options: UploadOptions = {}): FormData {
  const form = new FormData();
  form.append(
    "file",
    new Blob([new Uint8Array(bytes)], { type: options.type ?? "application/octet-stream" }),
    options.filename ?? "contract.txt",
  );
  if (options.reference !== undefined) form.append("reference", options.reference);
  return form;
}

export function postMultipart(
  base: string,
  bytes: Uint8Array,
  options: UploadOptions = {},
): Promise<Response> {
  return fetch(`${base}/v1/analyses`, {
    method: "POST",
    body: uploadForm(bytes, options),
    headers: options.headers,
    signal: options.signal,
  });
}

export function postRaw(
  base: string,
  bytes: Uint8Array,
  type: string,
  query = "",
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}/v1/analyses${query}`, {
    method: "POST",
    body: new Uint8Array(bytes),
    headers: { "content-type": type, ...headers },
  });
}

/** Asserts a 201 with a valid report, an analysis Location and no caching; returns both. */
export async function expectCreated(res: Response): Promise<{ report: GapReport; location: string }> {
  const body = await res.text();
  expect(res.status, body).toBe(201);
  const location = res.headers.get("location") ?? "";
  expect(location).toMatch(/^\/v1\/analyses\/[0-9a-hjkmnp-tv-z]{36}$/);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return { report: GapReportSchema.parse(JSON.parse(body)), location };
}

/** Asserts a problem+json response with this status and code, and that it leaks nothing. */
export async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(JSON.parse(text));
  expect(problem.code).toBe(code);
  expect(problem.status).toBe(status);
  expect(problem.type).toBe(`urn:clausegap:error:${code}`);
  expect(problem.message.ja.length).toBeGreaterThan(0);
  expectNoLeak(text);
  return problem;
}

/** No stack frames, no server paths. */
export function expectNoLeak(body: string): void {
  expect(body).not.toMatch(/\n\s+at |at [\w.<>]+ \(|node:internal|node_modules/);
  expect(body).not.toMatch(/\/work\/|\/home\/|\/tmp\/|[A-Z]:\\|file:\/\//);
  expect(body).not.toContain(process.cwd());
}

// Every error of the upload route as the client sees it: RFC 9457 problem+json with our stable
// code and ja/en text, the right status, no stack trace and no server path.
import { describe, expect, it } from "vitest";
import { GapReportSchema } from "../../src/report/schema.js";
import {
  CORRUPT_PDF_BYTES,
  contractText,
  englishContract,
  LEGACY_DOC_BYTES,
  PNG_BYTES,
  pdfBytes,
  utf8,
} from "./helpers/files.js";
import { expectProblem, postMultipart, postRaw } from "./helpers/http.js";
import { serveForTests } from "./helpers/server.js";

const server = serveForTests();

describe("400 malformed requests", () => {
  it("a multipart body without a 'file' part", async () => {
    const form = new FormData();
    form.append("document", new Blob([contractText()]), "c.txt");
    const res = await fetch(`${server.url}/v1/analyses`, { method: "POST", body: form });
    const problem = await expectProblem(res, 400, "MALFORMED_REQUEST");
    expect(problem.detail).toContain("'file'");
  });

  it("a multipart Content-Type without a boundary, and a body that is not multipart", async () => {
    const noBoundary = await postRaw(server.url, utf8("x"), "multipart/form-data");
    await expectProblem(noBoundary, 400, "MALFORMED_REQUEST");
    const garbage = await postRaw(
      server.url,
      utf8("not a multipart body"),
      "multipart/form-data; boundary=zzz",
    );
    await expectProblem(garbage, 400, "MALFORMED_REQUEST");
  });

  it("a reference part that is not JSON, or not a baseline: INVALID_REFERENCE", async () => {
    const bytes = utf8(contractText());
    await expectProblem(
      await postMultipart(server.url, bytes, { reference: "{not json" }),
      400,
      "INVALID_REFERENCE",
    );
    const wrong = JSON.stringify({ name: "x", version: "1", requirements: [{ id: "NOPE-99" }] });
    const problem = await expectProblem(
      await postMultipart(server.url, bytes, { reference: wrong }),
      400,
      "INVALID_REFERENCE",
    );
    expect(problem.detail).toContain("requirements");
  });

  it("a valid reference part is used for the analysis", async () => {
    const baseline = (await (await fetch(`${server.url}/v1/reference`)).json()) as { name: string };
    const mine = { ...baseline, name: "my-own-baseline" };
    const res = await postMultipart(server.url, utf8(contractText()), { reference: JSON.stringify(mine) });
    expect(res.status).toBe(201);
    expect(GapReportSchema.parse(await res.json()).reference.name).toBe("my-own-baseline");
  });
});

describe("415 unsupported formats", () => {
  it("an unsupported Content-Type, or none", async () => {
    const problem = await expectProblem(
      await postRaw(server.url, PNG_BYTES, "image/png"),
      415,
      "UNSUPPORTED_FORMAT",
    );
    expect(problem.message.en).toContain("image/png");
    const none = await fetch(`${server.url}/v1/analyses`, {
      method: "POST",
      body: new Uint8Array(PNG_BYTES),
    });
    await expectProblem(none, 415, "UNSUPPORTED_FORMAT");
  });

  it("a file that is no document, sniffed from its bytes whatever its name says", async () => {
    const res = await postMultipart(server.url, PNG_BYTES, { filename: "contract.pdf" });
    await expectProblem(res, 415, "UNSUPPORTED_FORMAT");
  });

  it("a legacy .doc", async () => {
    await expectProblem(await postRaw(server.url, LEGACY_DOC_BYTES, "application/msword"), 415, "LEGACY_DOC");
  });
});

describe("422 files that cannot be read", () => {
  it("an empty file", async () => {
    await expectProblem(await postMultipart(server.url, new Uint8Array(0)), 422, "EMPTY_FILE");
  });

  it("a corrupt PDF", async () => {
    await expectProblem(await postRaw(server.url, CORRUPT_PDF_BYTES, "application/pdf"), 422, "CORRUPT_PDF");
  });

  it("an encrypted PDF", async () => {
    const bytes = await pdfBytes(englishContract(), { userPassword: "secret" });
    await expectProblem(
      await postMultipart(server.url, bytes, { filename: "locked.pdf" }),
      422,
      "ENCRYPTED_PDF",
    );
  });
});

describe("404 and 405", () => {
  it("an unknown route", async () => {
    await expectProblem(await fetch(`${server.url}/v1/nothing-here`), 404, "NOT_FOUND");
  });

  it("a method the path does not serve, with Allow", async () => {
    const res = await fetch(`${server.url}/v1/analyses`, { method: "PUT" });
    expect(res.headers.get("allow")).toBe("GET, POST");
    await expectProblem(res, 405, "METHOD_NOT_ALLOWED");
  });
});

describe("GET /v1/reference", () => {
  it("returns the bundled baseline", async () => {
    const { ReferenceBaselineSchema } = await import("../../src/reference/schema.js");
    const res = await fetch(`${server.url}/v1/reference`);
    expect(res.status).toBe(200);
    const baseline = ReferenceBaselineSchema.parse(await res.json());
    expect(baseline.requirements.map((r) => r.id)).toContain("RPT-01");
  });
});

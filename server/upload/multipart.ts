// multipart/form-data: the contract in part `file`, an optional baseline in part `reference`.
// Sizes are checked while the parts stream in (busboy limits + our counters): nothing is buffered
// beyond the limit, and the request is abandoned at the first byte too many.
import busboy from "busboy";
import type { Request } from "express";
import { ClausegapError } from "../../src/core/errors.js";
import { ByteCollector, checkDeclaredLength } from "./bytes.js";
import { sanitizeName } from "./name.js";
import type { Upload, UploadLimits } from "./types.js";

/** Room for boundaries and part headers when judging a declared Content-Length. */
const MULTIPART_OVERHEAD = 64 * 1024;

const malformed = (detail: string) => new ClausegapError("MALFORMED_REQUEST", { detail });
const tooLarge = (limit: number) => new ClausegapError("FILE_TOO_LARGE", { limit });

function createParser(req: Request, limits: UploadLimits): busboy.Busboy {
  try {
    return busboy({
      headers: req.headers,
      defParamCharset: "utf8", // Japanese file names arrive as UTF-8 in filename=
      limits: {
        fileSize: Math.max(limits.maxBytes, limits.maxReferenceBytes) + 1,
        fieldSize: Math.max(limits.maxBytes, limits.maxReferenceBytes) + 1,
        files: 4,
        fields: 8,
        parts: 8,
        headerPairs: 16,
      },
    });
  } catch {
    throw malformed("bad multipart Content-Type (no boundary?)");
  }
}

interface Parts {
  file?: Uint8Array;
  name?: string;
  reference?: string;
}

const WANTED = new Set(["file", "reference"]);

/** Collects the wanted parts into `parts`; calls `fail` at the first problem. */
function collectParts(parser: busboy.Busboy, limits: UploadLimits, parts: Parts, fail: (e: unknown) => void) {
  const limitOf = (field: string) => (field === "file" ? limits.maxBytes : limits.maxReferenceBytes);
  const accept = (field: string, bytes: Uint8Array, filename?: string) => {
    if (field === "reference") parts.reference = new TextDecoder().decode(bytes);
    else if (parts.file) fail(malformed("more than one part named 'file'"));
    else Object.assign(parts, { file: bytes, name: sanitizeName(filename) });
  };
  parser.on("file", (field, stream, info) => {
    if (!WANTED.has(field)) return void stream.resume(); // other parts are read past, not kept
    const collector = new ByteCollector(limitOf(field));
    stream.on("data", (chunk: Buffer) => {
      try {
        collector.add(chunk);
      } catch (e) {
        fail(e);
      }
    });
    stream.on("limit", () => fail(tooLarge(limitOf(field))));
    stream.on("end", () => accept(field, collector.bytes(), info.filename));
  });
  // A part without a file name (curl -F "reference=<baseline.json") arrives as a field.
  parser.on("field", (field, value) => {
    if (!WANTED.has(field)) return;
    const bytes = new TextEncoder().encode(value);
    if (bytes.byteLength > limitOf(field)) return fail(tooLarge(limitOf(field)));
    accept(field, bytes);
  });
  for (const event of ["filesLimit", "fieldsLimit", "partsLimit"] as const)
    parser.on(event, () => fail(malformed("too many parts")));
  parser.on("error", () => fail(malformed("unreadable multipart body")));
}

export function readMultipart(req: Request, limits: UploadLimits): Promise<Upload> {
  const allowed = limits.maxBytes + limits.maxReferenceBytes + MULTIPART_OVERHEAD;
  checkDeclaredLength(req.headers["content-length"], allowed, limits.maxBytes);
  const parser = createParser(req, limits);
  const parts: Parts = {};
  return new Promise<Upload>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.pause(); // read no further: the error handler answers and closes the connection
      reject(error);
    };
    collectParts(parser, limits, parts, fail);
    parser.on("close", () => {
      if (settled) return;
      if (!parts.file) return fail(malformed("no part named 'file'"));
      settled = true;
      resolve(toUpload(parts, parts.file));
    });
    req.on("error", () => fail(malformed("upload interrupted")));
    req.pipe(parser);
  });
}

function toUpload(parts: Parts, bytes: Uint8Array): Upload {
  const name = parts.name ?? sanitizeName(undefined);
  return parts.reference === undefined ? { bytes, name } : { bytes, name, reference: parts.reference };
}

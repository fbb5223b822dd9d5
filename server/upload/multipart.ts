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
    const limitOf = (field: string) => (field === "file" ? limits.maxBytes : limits.maxReferenceBytes);
    const accept = (field: string, bytes: Uint8Array, filename?: string) => {
      if (field === "file") {
        if (parts.file) return fail(malformed("more than one part named 'file'"));
        parts.file = bytes;
        parts.name = sanitizeName(filename);
      } else if (field === "reference") {
        parts.reference = new TextDecoder().decode(bytes);
      }
    };
    parser.on("file", (field, stream, info) => {
      if (field !== "file" && field !== "reference") return void stream.resume();
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
    parser.on("field", (field, value) => {
      if (field !== "file" && field !== "reference") return;
      const bytes = new TextEncoder().encode(value);
      if (bytes.byteLength > limitOf(field)) return fail(tooLarge(limitOf(field)));
      accept(field, bytes);
    });
    for (const event of ["filesLimit", "fieldsLimit", "partsLimit"] as const)
      parser.on(event, () => fail(malformed("too many parts")));
    parser.on("error", () => fail(malformed("unreadable multipart body")));
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

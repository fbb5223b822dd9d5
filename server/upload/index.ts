// Reads the upload of POST /v1/analyses, whichever way it was sent.
import type { Request } from "express";
import { bodyKind, parseMediaType } from "./media-type.js";
import { readMultipart } from "./multipart.js";
import { nameFromRawRequest } from "./name.js";
import { readRawBody } from "./raw.js";
import type { Upload, UploadLimits } from "./types.js";

export type { Upload, UploadLimits } from "./types.js";

export async function readUpload(req: Request, limits: UploadLimits): Promise<Upload> {
  const media = parseMediaType(req.headers["content-type"]);
  if (bodyKind(media) === "multipart") return readMultipart(req, limits);
  const bytes = await readRawBody(req, limits.maxBytes);
  const name = nameFromRawRequest(req.query.name, req.get("x-document-name"));
  return { bytes, name, ...(media?.charset ? { declaredCharset: media.charset } : {}) };
}

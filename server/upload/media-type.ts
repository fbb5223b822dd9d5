// Which request bodies POST /v1/analyses accepts, read from the Content-Type header.
import { ClausegapError } from "../../src/core/errors.js";

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Raw bodies we accept. The format itself is always sniffed from the bytes (DESIGN.md ingest), so
 * octet-stream is fine, and application/msword goes through so that ingest can say LEGACY_DOC.
 */
export const RAW_MEDIA_TYPES = [
  "application/pdf",
  DOCX_MEDIA_TYPE,
  "text/plain",
  "application/octet-stream",
  "application/msword",
] as const;

export interface MediaType {
  readonly type: string;
  readonly charset?: string;
}

export function parseMediaType(header: string | undefined): MediaType | undefined {
  if (!header) return undefined;
  const [type = "", ...params] = header.split(";");
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1])
    .find((c) => c !== undefined);
  return { type: type.trim().toLowerCase(), ...(charset ? { charset } : {}) };
}

export type BodyKind = "multipart" | "raw";

export function bodyKind(media: MediaType | undefined): BodyKind {
  if (media?.type === "multipart/form-data") return "multipart";
  if (media && (RAW_MEDIA_TYPES as readonly string[]).includes(media.type)) return "raw";
  // The media type goes into the message: cap it and keep it printable.
  const shown = media?.type.replace(/[^\w.+/-]/g, "").slice(0, 80) || "none";
  throw new ClausegapError("UNSUPPORTED_FORMAT", { detected: `Content-Type: ${shown}` });
}

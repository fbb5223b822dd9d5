// Optional API key: `Authorization: Bearer <key>`, compared in constant time.
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { ClausegapError } from "../../src/core/errors.js";

// Digests have equal length whatever the key's length, as timingSafeEqual requires, and comparing
// them reveals nothing about the key's length either.
const digest = (value: string): Buffer => createHash("sha256").update(value, "utf8").digest();

export function bearerTokenOf(header: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header ?? "");
  return match?.[1];
}

/** A pass-through when no key is configured. */
export function requireApiKey(apiKey: string | undefined): RequestHandler {
  if (!apiKey) return (_req, _res, next) => next();
  const expected = digest(apiKey);
  return (req, _res, next) => {
    const token = bearerTokenOf(req.get("authorization"));
    if (token === undefined || !timingSafeEqual(digest(token), expected))
      return next(new ClausegapError("UNAUTHORIZED"));
    next();
  };
}

// A raw request body (the file itself), counted while it streams in.
import type { Request } from "express";
import { ClausegapError } from "../../src/core/errors.js";
import { ByteCollector, checkDeclaredLength } from "./bytes.js";

export function readRawBody(req: Request, maxBytes: number): Promise<Uint8Array> {
  checkDeclaredLength(req.headers["content-length"], maxBytes, maxBytes);
  const collector = new ByteCollector(maxBytes);
  return new Promise((resolve, reject) => {
    const stop = (error: unknown) => {
      req.off("data", onData);
      req.pause(); // read no further: the error handler answers and closes the connection
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      try {
        collector.add(chunk);
      } catch (e) {
        stop(e);
      }
    };
    req.on("data", onData);
    req.once("end", () => resolve(collector.bytes()));
    req.once("error", () => stop(new ClausegapError("MALFORMED_REQUEST", { detail: "upload interrupted" })));
  });
}

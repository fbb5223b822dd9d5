// A byte counter that refuses a stream as soon as it passes the limit, without keeping more.
import { ClausegapError } from "../../src/core/errors.js";

export class ByteCollector {
  private readonly chunks: Buffer[] = [];
  private total = 0;

  constructor(private readonly limit: number) {}

  /** Throws FILE_TOO_LARGE as soon as the running total passes the limit. */
  add(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.total > this.limit) throw new ClausegapError("FILE_TOO_LARGE", { limit: this.limit });
    this.chunks.push(chunk);
  }

  /** The bytes in a fresh buffer that owns its whole ArrayBuffer (so it can move to a worker). */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.total);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  get size(): number {
    return this.total;
  }
}

/** Refuses at once when the declared Content-Length already exceeds what we would accept. */
export function checkDeclaredLength(header: string | undefined, limit: number, sizeLimit: number): void {
  const declared = Number(header);
  if (header !== undefined && Number.isFinite(declared) && declared > limit)
    throw new ClausegapError("FILE_TOO_LARGE", { limit: sizeLimit });
}

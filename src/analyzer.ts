// Composes the stages in order; the only file that knows the pipeline (DESIGN.md).
import { analyzeClauses } from "./analyze-clauses.js";
import { compare } from "./compare/index.js";
import type { ContractDocument } from "./core/types.js";
import { type IngestLimits, ingest } from "./ingest/index.js";
import { normalize } from "./normalize/index.js";
import { defaultBaseline, type ReferenceBaseline } from "./reference/index.js";
import { buildReport } from "./report/build.js";
import type { GapReport } from "./report/schema.js";
import { structure } from "./structure/index.js";

export interface ParseOptions {
  readonly limits?: Partial<IngestLimits>;
}

export interface AnalyzeOptions extends ParseOptions {
  /** The document's name as the user knows it (file name); reports carry it. */
  readonly name: string;
  readonly reference?: ReferenceBaseline;
}

function toBytes(input: Uint8Array | string): Uint8Array {
  return typeof input === "string" ? new TextEncoder().encode(input) : input;
}

/** ingest → normalize → structure. */
export async function parse(
  input: Uint8Array | string,
  options: ParseOptions = {},
): Promise<ContractDocument> {
  const source = await ingest(toBytes(input), options.limits);
  return structure(normalize(source));
}

/** The whole pipeline: a file's bytes (or text) → its GapReport. */
export async function analyze(input: Uint8Array | string, options: AnalyzeOptions): Promise<GapReport> {
  const document = await parse(input, options);
  const analyzed = await analyzeClauses(document);
  const baseline = options.reference ?? defaultBaseline();
  const findings = compare(analyzed, baseline);
  return buildReport({ name: options.name, analyzed, findings, baseline });
}

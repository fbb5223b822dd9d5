// The library entry: analyze(), analyzeFile(), parse() and the public schemas and types.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type AnalyzeOptions, analyze } from "./analyzer.js";
import { ClausegapError } from "./core/errors.js";
import type { GapReport } from "./report/schema.js";

export { type AnalyzeOptions, analyze, type ParseOptions, parse } from "./analyzer.js";
export { ClausegapError, ERROR_CODES, type ErrorCode, isClausegapError } from "./core/errors.js";
export * from "./core/ids.js";
export type * from "./core/types.js";
export type { ReferenceBaseline } from "./reference/index.js";
export {
  type Finding,
  FindingSchema,
  type GapReport,
  GapReportSchema,
  type Obligation,
  ObligationSchema,
} from "./report/schema.js";

/** Reads a file and analyses it; the report's document name defaults to the file's base name. */
export async function analyzeFile(
  filePath: string,
  options: Partial<AnalyzeOptions> = {},
): Promise<GapReport> {
  const bytes = await readInput(filePath);
  return analyze(bytes, { ...options, name: options.name ?? path.basename(filePath) });
}

export async function readInput(filePath: string): Promise<Uint8Array> {
  try {
    return await readFile(filePath);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? "read error";
    throw new ClausegapError("FILE_UNREADABLE", { path: path.basename(filePath), reason }, { cause: e });
  }
}

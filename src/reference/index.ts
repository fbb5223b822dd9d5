// The reference baseline: the bundled one (loaded once) and users' --reference files, both validated.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ClausegapError } from "../core/errors.js";
import { fromRoot } from "../core/paths.js";
import type { ReferenceBaseline } from "./schema.js";
import { validateBaseline } from "./validate.js";

export { REQUIREMENT_TOPIC, TOPIC_CRITERIA } from "./criteria.js";
export type { Cue, Expectation, ReferenceBaseline, Requirement, TimingRule } from "./schema.js";
export { ReferenceBaselineSchema } from "./schema.js";
export { type BaselineProblem, baselineProblems, validateBaseline } from "./validate.js";
export { compareVocabulary, type Vocabulary } from "./vocabulary.js";

export const DEFAULT_BASELINE_PATH = fromRoot("dictionaries", "reference", "baseline.json");

let bundled: ReferenceBaseline | undefined;

/** The bundled baseline (dictionaries/reference/baseline.json), validated and frozen on first use. */
export function defaultBaseline(): ReferenceBaseline {
  bundled ??= parseReference(readFileSync(DEFAULT_BASELINE_PATH, "utf8"), "baseline.json");
  return bundled;
}

/** Parses and validates baseline JSON text; `origin` names it in error messages. */
export function parseReference(text: string, origin: string): ReferenceBaseline {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ClausegapError(
      "INVALID_REFERENCE",
      { detail: `${origin}: not valid JSON (${(e as Error).message})`, origin },
      { cause: e },
    );
  }
  return validateBaseline(value, origin);
}

/** Reads a user's --reference file: FILE_UNREADABLE when it cannot be read, INVALID_REFERENCE when wrong. */
export async function loadReferenceFile(filePath: string): Promise<ReferenceBaseline> {
  const origin = path.basename(filePath);
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? "read error";
    throw new ClausegapError("FILE_UNREADABLE", { path: origin, reason }, { cause: e });
  }
  return parseReference(text, origin);
}

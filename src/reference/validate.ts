// Validates a baseline (bundled or a user's --reference file): the zod schema, then the rules the
// schema cannot state alone. Every problem is listed as "path: problem" in one INVALID_REFERENCE error.
import type { z } from "zod";
import { ClausegapError } from "../core/errors.js";
import { REPORTING_ATTRIBUTES, REQUIREMENT_TOPIC, TOPIC_CRITERIA } from "./criteria.js";
import { type Criterion, type ReferenceBaseline, ReferenceBaselineSchema } from "./schema.js";

export interface BaselineProblem {
  readonly path: string;
  readonly problem: string;
}

const MAX_LISTED = 20;

function formatPath(path: readonly PropertyKey[], value: unknown): string {
  let out = "";
  let node: unknown = value;
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
    node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
    if (typeof key === "number" && typeof id === "string") out += ` (${id})`;
  }
  return out || "(root)";
}

function zodProblems(error: z.ZodError, value: unknown): BaselineProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, value), problem: issue.message }));
}

function requirementProblems(baseline: ReferenceBaseline): BaselineProblem[] {
  const problems: BaselineProblem[] = [];
  const seen = new Set<string>();
  baseline.requirements.forEach((req, i) => {
    const at = `requirements[${i}] (${req.id})`;
    if (seen.has(req.id)) problems.push({ path: `${at}.id`, problem: `duplicate requirement id ${req.id}` });
    seen.add(req.id);
    const topic = REQUIREMENT_TOPIC[req.id];
    if (req.topic !== topic)
      problems.push({
        path: `${at}.topic`,
        problem: `${req.id} belongs to topic "${topic}", not "${req.topic}"`,
      });
    const supported = TOPIC_CRITERIA[topic];
    const keys = Object.keys(req.expect) as Criterion[];
    for (const key of keys.filter((k) => !supported.includes(k)))
      problems.push({ path: `${at}.expect.${key}`, problem: `not understood for topic "${topic}"` });
    const attributes = keys.filter((k) => REPORTING_ATTRIBUTES.includes(k));
    if (attributes.length > 1)
      problems.push({
        path: `${at}.expect`,
        problem: `states several reporting attributes (${attributes.join(", ")}); state one`,
      });
    if (topic === "fault" && !req.expect.fault)
      problems.push({ path: `${at}.expect.fault`, problem: "required for a fault requirement" });
  });
  return problems;
}

function invalid(origin: string, problems: readonly BaselineProblem[]): ClausegapError {
  const listed = problems.slice(0, MAX_LISTED).map((p) => `${p.path}: ${p.problem}`);
  if (problems.length > MAX_LISTED) listed.push(`… ${problems.length - MAX_LISTED} more`);
  return new ClausegapError("INVALID_REFERENCE", { detail: `${origin}: ${listed.join("; ")}`, origin });
}

/** Returns the problems of a parsed JSON value as a baseline (empty when it is valid). */
export function baselineProblems(value: unknown): BaselineProblem[] {
  const parsed = ReferenceBaselineSchema.safeParse(value);
  return parsed.success ? requirementProblems(parsed.data) : zodProblems(parsed.error, value);
}

/** Validates a parsed JSON value; throws INVALID_REFERENCE listing every problem (path + problem). */
export function validateBaseline(value: unknown, origin: string): ReferenceBaseline {
  const parsed = ReferenceBaselineSchema.safeParse(value);
  if (!parsed.success) throw invalid(origin, zodProblems(parsed.error, value));
  const problems = requirementProblems(parsed.data);
  if (problems.length) throw invalid(origin, problems);
  return deepFreeze(parsed.data);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// Runs compare with the bundled baseline and checks the evidence invariants on every finding.
import { expect } from "vitest";
import { compare } from "../../src/compare/index.js";
import type { RequirementId, Status } from "../../src/core/ids.js";
import { defaultBaseline } from "../../src/reference/index.js";
import type { Finding } from "../../src/report/schema.js";
import { analyzedDoc, type DocSpec } from "../helpers/analyzed.js";

export function findingsOf(spec: DocSpec): Map<RequirementId, Finding> {
  const analyzed = analyzedDoc(spec);
  const findings = compare(analyzed, defaultBaseline());
  for (const f of findings) {
    if (f.status !== "missing")
      expect(f.evidence.length, `${f.requirementId} has evidence`).toBeGreaterThan(0);
    for (const e of f.evidence) expect(analyzed.document.text.slice(e.span.start, e.span.end)).toBe(e.quote);
  }
  return new Map(findings.map((f) => [f.requirementId, f]));
}

export function statusesOf(
  spec: DocSpec,
  ids: readonly RequirementId[],
): Partial<Record<RequirementId, Status>> {
  const found = findingsOf(spec);
  return Object.fromEntries(ids.map((id) => [id, found.get(id)?.status]));
}

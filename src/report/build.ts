// STUB (to be completed by the report work): assemble the GapReport.
import { TOPIC_IDS } from "../core/ids.js";
import type { AnalyzedDocument } from "../core/types.js";
import type { ReferenceBaseline } from "../reference/index.js";
import { TOOL_VERSION } from "../version.js";
import type { Finding, GapReport } from "./schema.js";

export interface BuildReportInput {
  readonly name: string;
  readonly analyzed: AnalyzedDocument;
  readonly findings: readonly Finding[];
  readonly baseline: ReferenceBaseline;
}

export function buildReport({ name, analyzed, findings, baseline }: BuildReportInput): GapReport {
  const { document } = analyzed;
  const source = document.normalized.source;
  return {
    schemaVersion: "1.0",
    tool: { name: "clausegap", version: TOOL_VERSION },
    reference: { name: baseline.name, version: baseline.version },
    document: {
      name,
      sha256: source.sha256,
      format: source.format,
      ...(source.encoding ? { encoding: source.encoding } : {}),
      chars: document.text.length,
      ...(source.pageCount !== undefined ? { pages: source.pageCount } : {}),
      text: document.text,
    },
    parties: document.parties.map((p) => ({ alias: p.alias, role: p.role, span: p.span })),
    provisions: analyzed.clauses.map(({ clause, topics, obligations }) => ({
      id: clause.id,
      label: clause.label,
      heading: clause.heading,
      span: clause.span,
      text: clause.text,
      topics: topics.map((t) => t.topic),
      obligations: [...obligations],
    })),
    findings: [...findings],
    summary: {
      score: 0,
      counts: { met: 0, partial: 0, missing: 0, conflict: 0 },
      topics: Object.fromEntries(
        TOPIC_IDS.map((t) => [t, "absent" as const]),
      ) as GapReport["summary"]["topics"],
    },
    warnings: [...source.diagnostics, ...document.normalized.diagnostics, ...document.diagnostics].map(
      (d) => ({
        code: d.code,
        message: d.message,
      }),
    ),
  };
}

// Assembles the GapReport (DESIGN.md JSON contract) from the analysed document and the findings.
import type { AnalyzedDocument } from "../core/types.js";
import type { ReferenceBaseline } from "../reference/index.js";
import { TOOL_VERSION } from "../version.js";
import type { Finding, GapReport, ProvisionReport } from "./schema.js";
import { buildSummary } from "./summary.js";

export interface BuildReportInput {
  readonly name: string;
  readonly analyzed: AnalyzedDocument;
  readonly findings: readonly Finding[];
  readonly baseline: ReferenceBaseline;
}

function provisionsOf(analyzed: AnalyzedDocument): ProvisionReport[] {
  return analyzed.clauses.map(({ clause, topics, obligations }) => ({
    id: clause.id,
    label: clause.label,
    ...(clause.heading ? { heading: clause.heading } : {}),
    span: { start: clause.span.start, end: clause.span.end },
    text: clause.text,
    topics: [...new Set(topics.map((t) => t.topic))],
    obligations: [...obligations],
  }));
}

export function buildReport({ name, analyzed, findings, baseline }: BuildReportInput): GapReport {
  const { document } = analyzed;
  const source = document.normalized.source;
  const provisions = provisionsOf(analyzed);
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
    parties: document.parties.map((p) => ({
      alias: p.alias,
      ...(p.role ? { role: p.role } : {}),
      ...(p.span ? { span: { start: p.span.start, end: p.span.end } } : {}),
    })),
    provisions,
    findings: [...findings],
    summary: buildSummary(findings, provisions),
    warnings: [...source.diagnostics, ...document.normalized.diagnostics, ...document.diagnostics].map(
      (d) => ({
        code: d.code,
        message: d.message,
      }),
    ),
  };
}

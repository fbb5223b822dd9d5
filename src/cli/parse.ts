// `clausegap parse <file>`: prints the structured document (JSON or an indented outline).
import type { ContractDocument, Provision } from "../core/types.js";

export function documentToJson(doc: ContractDocument): unknown {
  const source = doc.normalized.source;
  return {
    title: doc.title,
    format: source.format,
    encoding: source.encoding,
    pages: source.pageCount,
    chars: doc.text.length,
    parties: doc.parties,
    provisions: doc.provisions.map(function node(p: Provision): unknown {
      return {
        id: p.id,
        kind: p.kind,
        label: p.label,
        heading: p.heading,
        span: p.span,
        ...(p.children.length
          ? { children: p.children.map(node) }
          : { text: doc.text.slice(p.span.start, p.span.end) }),
      };
    }),
    clauses: doc.clauses.map((c) => ({ id: c.id, label: c.label, heading: c.heading, span: c.span })),
    warnings: [...source.diagnostics, ...doc.normalized.diagnostics, ...doc.diagnostics],
  };
}

const PREVIEW = 40;

export function documentToText(doc: ContractDocument): string {
  const lines: string[] = [];
  if (doc.title) lines.push(`# ${doc.title}`);
  if (doc.parties.length) {
    lines.push(
      `parties: ${doc.parties.map((p) => (p.role ? `${p.alias} (${p.role})` : p.alias)).join(", ")}`,
    );
  }
  const walk = (p: Provision, depth: number) => {
    const heading = p.heading ? `（${p.heading}）` : "";
    const body = doc.text.slice(p.span.start, p.span.end).replace(/\s+/g, " ");
    const preview = p.children.length ? "" : `  ${body.slice(0, PREVIEW)}${body.length > PREVIEW ? "…" : ""}`;
    lines.push(`${"  ".repeat(depth)}${p.label}${heading}${preview}`);
    for (const c of p.children) walk(c, depth + 1);
  };
  for (const p of doc.provisions) walk(p, 0);
  const warnings = [...doc.normalized.source.diagnostics, ...doc.normalized.diagnostics, ...doc.diagnostics];
  for (const w of warnings) lines.push(`warning [${w.code}] ${w.message.ja} / ${w.message.en}`);
  return `${lines.join("\n")}\n`;
}

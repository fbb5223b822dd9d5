// The flat list of analysis units: one per 項 (an article without 項 is one clause; 号 stay inside),
// each carrying its article's heading. Titles, division headers and signature blocks are not analysed.
import { type Span, sliceSpan } from "../core/span.js";
import type { Clause } from "../core/types.js";
import type { Named } from "./labels.js";
import { splitOversized } from "./oversized.js";
import type { DraftNode } from "./tree.js";

const UNITS = new Set(["article", "clause", "paragraph", "preamble"]);

function clauseOf(text: string, node: DraftNode, name: Named, heading: Span | undefined): Clause {
  const span = { start: node.start, end: node.end };
  return {
    id: name.id,
    label: name.label,
    ...(heading ? { heading: sliceSpan(text, heading), headingSpan: heading } : {}),
    span,
    text: sliceSpan(text, span),
  };
}

/** A unit's 項 become clauses; a unit without 項 is one clause. */
function unitClauses(
  text: string,
  unit: DraftNode,
  names: ReadonlyMap<DraftNode, Named>,
  out: Clause[],
  containerHeading?: Span,
): void {
  const heading = unit.heading ?? containerHeading;
  const paragraphs = unit.children.filter((c) => c.kind === "paragraph");
  if (paragraphs.length === 0) {
    out.push(clauseOf(text, unit, names.get(unit)!, heading));
    return;
  }
  for (const p of paragraphs) out.push(clauseOf(text, p, names.get(p)!, heading ?? p.heading));
}

/** Containers (章, 附則, 別紙) hold units; one without units (a 附則 of plain text) is a unit itself. */
export function collectClauses(
  text: string,
  roots: readonly DraftNode[],
  names: ReadonlyMap<DraftNode, Named>,
): Clause[] {
  const out: Clause[] = [];
  const walk = (node: DraftNode, appendixHeading?: Span): void => {
    if (node.kind === "title" || node.kind === "signature") return;
    if (UNITS.has(node.kind)) {
      // 「別表（第6条関係）　事故の報告期限」 over unnumbered lines: the 別表's title heads them, as an
      // article's heading heads its 項.
      unitClauses(text, node, names, out, node.kind === "clause" ? appendixHeading : undefined);
      return;
    }
    const units = node.children.filter((c) => c.kind !== "item" && c.kind !== "paragraph");
    if (units.length > 0) {
      const heading = node.kind === "appendix" ? node.heading : undefined;
      for (const c of node.children) walk(c, heading);
      return;
    }
    if (node.kind === "supplementary" || node.kind === "appendix") unitClauses(text, node, names, out);
  };
  for (const r of roots) walk(r);
  return out.filter((c) => c.text.length > 0).flatMap((c) => splitOversized(text, c));
}

// Invariants of the structure output (cf. @textlint/ast-tester): checked in every structure test and
// available in debug mode. They return the violations found; the assert variants throw on any.
import { contains, isWithin, type Span } from "./span.js";
import type { ContractDocument, NormalizedText, Provision } from "./types.js";

function show(s: Span): string {
  return `[${s.start}, ${s.end})`;
}

function checkSiblings(nodes: readonly Provision[], where: string, out: string[]): void {
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1]!;
    const b = nodes[i]!;
    if (a.span.end > b.span.start)
      out.push(`${where}: ${a.id} ${show(a.span)} overlaps or follows ${b.id} ${show(b.span)}`);
  }
}

function checkProvision(p: Provision, length: number, ids: Set<string>, out: string[]): void {
  if (ids.has(p.id)) out.push(`duplicate provision id ${p.id}`);
  ids.add(p.id);
  if (!isWithin(p.span, length))
    out.push(`${p.id}: span ${show(p.span)} is not inside the text (length ${length})`);
  if (!p.label) out.push(`${p.id}: empty label`);
  for (const c of p.children) {
    if (!contains(p.span, c.span))
      out.push(`${c.id} ${show(c.span)} is not inside its parent ${p.id} ${show(p.span)}`);
    checkProvision(c, length, ids, out);
  }
  checkSiblings(p.children, `children of ${p.id}`, out);
}

function checkClauses(doc: ContractDocument, out: string[]): void {
  const ids = new Set<string>();
  doc.clauses.forEach((c, i) => {
    if (ids.has(c.id)) out.push(`duplicate clause id ${c.id}`);
    ids.add(c.id);
    if (!isWithin(c.span, doc.text.length))
      out.push(`clause ${c.id}: span ${show(c.span)} is not inside the text`);
    if (c.text !== doc.text.slice(c.span.start, c.span.end))
      out.push(`clause ${c.id}: text differs from its span`);
    if (c.headingSpan && doc.text.slice(c.headingSpan.start, c.headingSpan.end) !== c.heading) {
      out.push(`clause ${c.id}: heading differs from its headingSpan`);
    }
    const prev = doc.clauses[i - 1];
    if (prev && prev.span.end > c.span.start)
      out.push(`clause ${prev.id} overlaps or follows clause ${c.id}`);
  });
}

/** Every violation of the document invariants (empty when the document is sound). */
export function checkDocumentInvariants(doc: ContractDocument): string[] {
  const out: string[] = [];
  if (doc.text !== doc.normalized.text) out.push("document text differs from the normalized text");
  const ids = new Set<string>();
  for (const p of doc.provisions) checkProvision(p, doc.text.length, ids, out);
  checkSiblings(doc.provisions, "top level", out);
  checkClauses(doc, out);
  for (const party of doc.parties) {
    if (party.span && !isWithin(party.span, doc.text.length))
      out.push(`party ${party.alias}: span outside the text`);
  }
  return out;
}

/** Offsets 0…length (or `samples` of them, evenly spread) map monotonically into the source text. */
export function checkOffsetMap(normalized: NormalizedText, samples = 2000): string[] {
  const out: string[] = [];
  const length = normalized.text.length;
  const sourceLength = normalized.source.text.length;
  const step = Math.max(1, Math.floor(length / samples));
  let previous = -1;
  for (let o = 0; o <= length; o = o === length ? length + 1 : Math.min(o + step, length)) {
    const s = normalized.map.toSource(o);
    if (!Number.isInteger(s) || s < 0 || s > sourceLength)
      out.push(`toSource(${o}) = ${s} is outside [0, ${sourceLength}]`);
    if (s < previous) out.push(`toSource is not monotone at ${o}: ${s} < ${previous}`);
    previous = s;
    if (out.length > 10) break;
  }
  return out;
}

function fail(kind: string, violations: readonly string[]): void {
  if (violations.length)
    throw new Error(`${kind} invariants violated:\n- ${violations.slice(0, 20).join("\n- ")}`);
}

export function assertDocumentInvariants(doc: ContractDocument): void {
  fail("document", checkDocumentInvariants(doc));
}

export function assertOffsetMap(normalized: NormalizedText, samples?: number): void {
  fail("offset map", checkOffsetMap(normalized, samples));
}

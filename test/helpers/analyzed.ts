// Hand-built AnalyzedDocuments for compare/report tests: clauses are written as text, and topics,
// duties and general hits point at substrings of it (the span is computed, so tests stay readable).
import type { TopicId } from "../../src/core/ids.js";
import type { Span } from "../../src/core/span.js";
import type {
  AnalyzedClause,
  AnalyzedDocument,
  Clause,
  ContractDocument,
  GeneralHit,
  GeneralKind,
  Party,
} from "../../src/core/types.js";
import type { Obligation } from "../../src/report/schema.js";

export type ObligationSpec = Partial<Omit<Obligation, "span" | "topic">> & {
  readonly topic: TopicId;
  /** A substring of the clause text: the duty's span. */
  readonly quote: string;
};

export interface ClauseSpec {
  readonly id?: string;
  readonly label: string;
  readonly heading?: string;
  readonly text: string;
  /** A topic (cue = the whole text) or a topic with a cue substring. */
  readonly topics?: ReadonlyArray<TopicId | { topic: TopicId; cue: string }>;
  readonly obligations?: readonly ObligationSpec[];
  readonly general?: ReadonlyArray<{ kind: GeneralKind; cue?: string; obligation?: ObligationSpec }>;
}

export interface DocSpec {
  readonly parties?: readonly Party[];
  readonly clauses: readonly ClauseSpec[];
  readonly handlesInformation?: boolean;
  readonly name?: string;
}

export const KOU_OTSU: readonly Party[] = [
  { alias: "甲", role: "discloser" },
  { alias: "乙", role: "handler" },
];

function locate(clauseText: string, base: number, quote: string): Span {
  const at = clauseText.indexOf(quote);
  if (at < 0) throw new Error(`test bug: "${quote}" is not in "${clauseText}"`);
  return { start: base + at, end: base + at + quote.length };
}

function obligation(text: string, base: number, spec: ObligationSpec): Obligation {
  const { quote, ...rest } = spec;
  return { action: "する", modality: "must", ...rest, span: locate(text, base, quote) };
}

function general(c: ClauseSpec, base: number, g: NonNullable<ClauseSpec["general"]>[number]): GeneralHit {
  const cue = locate(c.text, base, g.cue ?? c.text);
  return {
    kind: g.kind,
    cues: [{ entryId: g.kind, span: cue }],
    reason: "test",
    ...(g.obligation ? { obligation: obligation(c.text, base, g.obligation) } : {}),
  };
}

function analyzedClause(c: ClauseSpec, index: number, base: number): AnalyzedClause {
  const clause: Clause = {
    id: c.id ?? `c-${index + 1}`,
    label: c.label,
    ...(c.heading ? { heading: c.heading } : {}),
    span: { start: base, end: base + c.text.length },
    text: c.text,
  };
  const topics = (c.topics ?? []).map((t) => {
    const { topic, cue } = typeof t === "string" ? { topic: t, cue: c.text } : t;
    return { topic, cues: [{ entryId: topic, span: locate(c.text, base, cue) }], reason: "test" };
  });
  return {
    clause,
    topics,
    obligations: (c.obligations ?? []).map((o) => obligation(c.text, base, o)),
    general: (c.general ?? []).map((g) => general(c, base, g)),
  };
}

const SEPARATOR = "\n\n";

export function analyzedDoc(spec: DocSpec): AnalyzedDocument {
  const text = spec.clauses.map((c) => c.text).join(SEPARATOR);
  let base = 0;
  const clauses = spec.clauses.map((c, i) => {
    const ac = analyzedClause(c, i, base);
    base += c.text.length + SEPARATOR.length;
    return ac;
  });
  const source = {
    text,
    format: "txt" as const,
    encoding: "UTF-8",
    sha256: "0".repeat(64),
    byteLength: Buffer.byteLength(text),
    diagnostics: [],
  };
  const normalized = { text, source, map: { toSource: (o: number) => o }, diagnostics: [] };
  const document: ContractDocument = {
    text,
    provisions: [],
    clauses: clauses.map((c) => c.clause),
    parties: spec.parties ?? KOU_OTSU,
    normalized,
    diagnostics: [],
  };
  return { document, clauses, handlesInformation: spec.handlesInformation ?? true };
}

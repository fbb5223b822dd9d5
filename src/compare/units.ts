// Builds the units compare judges: a sentence (or an obligation's sentences, with the items a
// 「次の各号」 sentence introduces) of one clause, with the duties stated in it. Evidence quotes are units.
import type { TopicId } from "../core/ids.js";
import type { Span } from "../core/span.js";
import type { AnalyzedClause, Clause, GeneralHit, GeneralKind } from "../core/types.js";
import type { Obligation } from "../report/schema.js";
import { coveringSegments, overlaps, segments } from "./segments.js";

export interface Unit {
  readonly clause: Clause;
  /** The evidence span: whole sentences or lines of the clause. */
  readonly span: Span;
  /**
   * What cues are matched against: the quote (+ listed report items). Not the heading: it told detect
   * the topic, but 「費用負担」 over 「原因について協議する」 does not make that consultation about cost.
   */
  readonly text: string;
  /** The duties stated in this span (the topic's own when it has some, else any that overlap). */
  readonly obligations: readonly Obligation[];
  /** The whole clause: limits and carve-outs often stand in the next sentence. */
  readonly clauseText: string;
  readonly general?: GeneralKind;
  /** A sentence of a topic's clause with no cue or duty of its own: it counts only through words. */
  readonly inherited?: boolean;
  /** Its duties are of the topic judged (the best evidence: a duty, not a mention). */
  readonly topical?: boolean;
  /** It holds a cue of the topic itself (not only through the article heading). */
  readonly cued?: boolean;
}

export interface UnitSource {
  readonly text: string;
  readonly listIntro: readonly string[];
}

export interface UnitExtras {
  readonly general?: GeneralKind;
  /** Replaces the quote as the text cues are matched against (the evidence span is unchanged). */
  readonly body?: string;
  readonly suffix?: string;
  readonly inherited?: boolean;
  readonly topical?: boolean;
  readonly cued?: boolean;
}

export function makeUnit(
  src: UnitSource,
  clause: Clause,
  span: Span,
  obligations: readonly Obligation[],
  extra: UnitExtras = {},
): Unit {
  const quote = extra.body ?? src.text.slice(span.start, span.end);
  const text = extra.suffix ? `${quote}\n${extra.suffix}` : quote;
  const clauseText = src.text.slice(clause.span.start, clause.span.end);
  return {
    clause,
    span,
    text,
    obligations,
    clauseText,
    ...(extra.general ? { general: extra.general } : {}),
    ...(extra.inherited ? { inherited: true } : {}),
    ...(extra.topical ? { topical: true } : {}),
    ...(extra.cued ? { cued: true } : {}),
  };
}

/** The sentences an obligation spans; a sentence introducing items (次の各号) takes the rest of the clause. */
export function obligationSpan(src: UnitSource, clause: Clause, obligation: Obligation): Span {
  const segs = bodySegments(src.text, clause);
  const covered = coveringSegments(segs, obligation.span) ?? clip(obligation.span, clause.span);
  const quote = src.text.slice(covered.start, covered.end);
  const lastEnd = segs[segs.length - 1]?.end ?? covered.end;
  if (src.listIntro.some((w) => quote.includes(w)) && lastEnd > covered.end)
    return { start: covered.start, end: lastEnd };
  return covered;
}

function clip(s: Span, within: Span): Span {
  const start = Math.min(Math.max(s.start, within.start), within.end);
  return { start, end: Math.max(start, Math.min(s.end, within.end)) };
}

const key = (s: Span) => `${s.start}:${s.end}`;

const MAX_HEADING_LINE_EXTRA = 12;

/**
 * The clause's sentences without its heading line (「第9条（損害賠償）」): a heading is no evidence
 * quote. A cue that stood in it falls back on the body (topicUnitsOf, heading-only case).
 */
export function bodySegments(text: string, clause: Clause): readonly Span[] {
  const segs = segments(text, clause.span);
  const first = segs[0];
  if (!first || !clause.heading || segs.length < 2) return segs;
  const line = text.slice(first.start, first.end);
  const isHeading =
    line.includes(clause.heading) &&
    !line.endsWith("。") &&
    line.length <= clause.heading.length + MAX_HEADING_LINE_EXTRA;
  return isHeading ? segs.slice(1) : segs;
}

function overlapping(ac: AnalyzedClause, span: Span): Obligation[] {
  return ac.obligations.filter((o) => overlaps(span, o.span));
}

/** Units of one clause for a topic: one per duty of the topic, plus the sentences holding its cues. */
export function topicUnitsOf(src: UnitSource, ac: AnalyzedClause, topic: TopicId): Unit[] {
  const duties = ac.obligations.filter((o) => o.topic === topic);
  const hit = ac.topics.find((t) => t.topic === topic);
  if (!duties.length && !hit) return [];
  const spans = new Map<string, { span: Span; obligations: Obligation[]; topical?: boolean }>();
  for (const o of duties) {
    const span = obligationSpan(src, ac.clause, o);
    const entry = spans.get(key(span));
    if (entry) entry.obligations.push(o);
    else spans.set(key(span), { span, obligations: [o], topical: true });
  }
  const segs = bodySegments(src.text, ac.clause);
  const taken = (seg: Span) => {
    for (const e of spans.values()) if (overlaps(e.span, seg)) return true;
    return false;
  };
  for (const cue of hit?.cues ?? []) {
    const seg = segs.find((s) => s.start <= cue.span.start && cue.span.start < s.end);
    if (seg && !taken(seg)) spans.set(key(seg), { span: seg, obligations: overlapping(ac, seg) });
  }
  // The cue stood in the heading only (「（応急措置）」): every sentence of the clause inherits it.
  const headingOnly = !spans.size;
  const cued = (span: Span) => (hit?.cues ?? []).some((c) => overlaps(span, c.span));
  const own = [...spans.values()].map((e) =>
    makeUnit(src, ac.clause, e.span, e.obligations, { topical: e.topical === true, cued: cued(e.span) }),
  );
  // Other sentences of the 項 (「原因について争いがあるときは協議する。」 under 費用負担) count through words.
  const rest = segs
    .filter((seg) => !own.some((u) => overlaps(u.span, seg)))
    .map((seg) => makeUnit(src, ac.clause, seg, overlapping(ac, seg), { inherited: !headingOnly }));
  return [...own, ...rest].sort((a, b) => a.span.start - b.span.start);
}

/** Every sentence of a clause, each with the duties it states. */
export function sentenceUnitsOf(src: UnitSource, ac: AnalyzedClause): Unit[] {
  return bodySegments(src.text, ac.clause).map((seg) => makeUnit(src, ac.clause, seg, overlapping(ac, seg)));
}

/**
 * The unit of a general provision (a 損害賠償 clause, a disclaimer…): the whole clause, since its
 * proviso (ただし…上限とする) usually stands in the next sentence (dev-eval x-general-provisions 第5条).
 */
export function generalUnitOf(src: UnitSource, ac: AnalyzedClause, hit: GeneralHit): Unit {
  const segs = bodySegments(src.text, ac.clause);
  const span = coveringSegments(segs, ac.clause.span) ?? ac.clause.span;
  const obligations = hit.obligation ? [hit.obligation] : overlapping(ac, span);
  return makeUnit(src, ac.clause, span, obligations, { general: hit.kind });
}

// The sentences of a general provision that carry it (its evidence quote; the clause stays its context
// for limits and provisos), and whether a sentence is the discloser's own statement.
import type { GeneralKind } from "../core/types.js";
import type { Cue } from "../reference/schema.js";
import { topicAlias } from "./actors.js";
import type { CompareContext } from "./context.js";
import { matchesAny } from "./cues.js";
import { overlaps, segments } from "./segments.js";
import { bodySegments, makeUnit, type Unit } from "./units.js";

/** The sentences of a general unit holding the words of its kind (vocabulary `generalFocus`). */
export function focusUnits(ctx: CompareContext, unit: Unit, kind: GeneralKind): Unit[] {
  const text = ctx.analyzed.document.text;
  const src = { text, listIntro: ctx.vocabulary.listIntro };
  const words = ctx.vocabulary.generalFocus[kind];
  return segments(text, unit.span)
    .filter((seg) => words.some((w) => text.slice(seg.start, seg.end).includes(w)))
    .map((seg) =>
      makeUnit(
        src,
        unit.clause,
        seg,
        unit.obligations.filter((o) => overlaps(seg, o.span)),
        { general: kind },
      ),
    );
}

/**
 * The sentence is the discloser's own (「ユーザーは、…当社を免責し、…損害及び費用を補償する」: the user's
 * indemnity, no provision on the provider), unless the discloser claims from the other party.
 */
export function disclosersOwn(ctx: CompareContext, unit: Unit, kind: GeneralKind): boolean {
  const cue: Cue[] = [{ all: [ctx.vocabulary.generalFocus[kind]] }];
  return saidByDiscloser(ctx, unit.text, cue) && !claimedByDiscloser(ctx, unit.text);
}

/** The other sentences of a unit's clause that state a limit (「ただし、賠償額は…を上限とする。」). */
export function limitSentences(ctx: CompareContext, unit: Unit, cues: readonly Cue[] | undefined): Unit[] {
  const text = ctx.analyzed.document.text;
  const src = { text, listIntro: ctx.vocabulary.listIntro };
  return bodySegments(text, unit.clause)
    .filter((seg) => !overlaps(seg, unit.span) && matchesAny(text.slice(seg.start, seg.end), cues))
    .map((seg) => makeUnit(src, unit.clause, seg, [], unit.general ? { general: unit.general } : {}));
}

function firstWordAt(text: string, cues: readonly Cue[] | undefined): number {
  const positions = (cues ?? [])
    .flatMap((c) => c.all.flat())
    .map((w) => text.indexOf(w))
    .filter((i) => i >= 0);
  return positions.length ? Math.min(...positions) : text.length;
}

/**
 * The sentence says what the discloser does (「かかる事業者は、…を免責および補償する」: the user's
 * indemnity, no disclaimer by the provider): its topic before the first cue word is a discloser alias.
 */
export function saidByDiscloser(ctx: CompareContext, text: string, cues?: readonly Cue[]): boolean {
  const alias = topicAlias(text, ctx.aliases, firstWordAt(text, cues));
  return alias !== undefined && ctx.classify(alias) === "discloser";
}

/** A damages sentence of the discloser counts only when it claims from the other party (甲は…請求できる). */
export function claimedByDiscloser(ctx: CompareContext, text: string): boolean {
  return ctx.vocabulary.discloserClaims.words.some((w) => text.includes(w));
}

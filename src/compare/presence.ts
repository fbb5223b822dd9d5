// The generic rule most requirements use: is the topic's duty there, and how strong is it? Reads the
// expectation keys actor, words, weakModalities, flowDown, byActor and general (reference/schema.ts).
import type { Bilingual } from "../core/errors.js";
import type { Modality } from "../core/ids.js";
import type { GeneralKind } from "../core/types.js";
import type { ActorClass, Expectation, Requirement } from "../reference/schema.js";
import { sentenceSubject } from "./actors.js";
import type { CompareContext } from "./context.js";
import { matchesAny } from "./cues.js";
import { deciderJudgement } from "./decider.js";
import { disclosersOwn, focusUnits, limitSentences, saidByDiscloser } from "./focus.js";
import type { Unit } from "./units.js";
import { missing, REASONS, type Verdict } from "./verdict.js";

export interface Judgement {
  readonly status: "met" | "partial" | "conflict";
  readonly limited?: boolean;
  readonly reason?: Bilingual;
}
export type Judged = readonly [Unit, Judgement];

const DEFAULT_WEAK: readonly Modality[] = ["endeavor", "may"];
const MAX_EVIDENCE = 3;

/**
 * The handler's units: a duty binds it, or (no duty extracted) the sentence's subject is not the
 * discloser. A general provision that opens with the handler as subject (「受託者は、…委託者に損害を
 * 与えたときは…賠償する」) is the handler's even if its duty was read with another actor.
 */
export function forActor(ctx: CompareContext, exp: Expectation, units: readonly Unit[]): Unit[] {
  if (exp.actor === "any") return [...units];
  return units.filter((u) => {
    const subject = ctx.classify(sentenceSubject(u.text));
    if (!u.obligations.length) return ctx.binds(subject);
    if (u.general && (subject === "handler" || subject === "mutual")) return true;
    return u.obligations.some((o) => ctx.binds(ctx.classify(o.actor)));
  });
}

/** In internal rules a duty with no party named (or an organ's) is the institution's: the discloser. */
function actorOf(ctx: CompareContext, actor: string | undefined): ActorClass {
  const cls = ctx.classify(actor);
  return cls === "unknown" && ctx.internalRules ? "discloser" : cls;
}

function byActor(ctx: CompareContext, exp: Expectation, u: Unit): Judgement | undefined {
  for (const rule of exp.byActor ?? []) {
    const classes = u.obligations
      .filter((o) => rule.modalities.includes(o.modality))
      .map((o) => actorOf(ctx, o.actor));
    if (classes.some((c) => rule.conflict?.includes(c)))
      return { status: "conflict", reason: REASONS.actorAlone };
    if (classes.some((c) => rule.met?.includes(c))) return { status: "met" };
    if (classes.some((c) => rule.partial?.includes(c)))
      return { status: "partial", reason: REASONS.actorUnclear };
  }
  return undefined;
}

function weakened(ctx: CompareContext, exp: Expectation, u: Unit): Judgement | undefined {
  // A flow-down rule covers its whole 項 (「契約書等に、次の各号に掲げる事項を明記」 and its items).
  if (exp.flowDown !== "met" && matchesAny(u.clauseText, ctx.vocabulary.flowDown))
    return { status: "partial", reason: REASONS.flowDown };
  const weak = exp.weakModalities ?? DEFAULT_WEAK;
  if (u.obligations.length && u.obligations.every((o) => weak.includes(o.modality)))
    return { status: "partial", reason: REASONS.weak };
  return undefined;
}

function baseJudgement(ctx: CompareContext, exp: Expectation, u: Unit): Judgement | undefined {
  const w = exp.words;
  if (w?.met && matchesAny(u.text, w.met)) return { status: "met" };
  if (matchesAny(u.text, w?.partial)) return { status: "partial", reason: REASONS.partialWords };
  if (u.inherited) return undefined;
  const decided = deciderJudgement(ctx, exp, u.text);
  if (decided) return decided;
  if (exp.byActor) return byActor(ctx, exp, u);
  return w?.met ? undefined : { status: "met" };
}

/** One unit's status; a limit anywhere in its clause softens a conflict and caps a met. */
export function judgeUnit(ctx: CompareContext, exp: Expectation, u: Unit): Judgement | undefined {
  const w = exp.words;
  if (matchesAny(u.text, w?.ignore)) return undefined;
  const limited = matchesAny(u.clauseText, w?.limit);
  if (matchesAny(u.text, w?.conflict) && !saidByDiscloser(ctx, u.text, w?.conflict))
    return limited
      ? { status: "partial", limited, reason: REASONS.limit }
      : { status: "conflict", reason: REASONS.conflictWords };
  const base = baseJudgement(ctx, exp, u);
  // A sentence with no word of its own counts as the limit only when it states the limit itself.
  if (!base)
    return matchesAny(u.text, w?.limit) ? { status: "partial", limited, reason: REASONS.limit } : undefined;
  const judged = base.status === "met" ? (weakened(ctx, exp, u) ?? base) : base;
  return { ...judged, limited };
}

/**
 * General units of the kinds, narrowed to the sentences that carry them (a disclaimer needs one).
 * Whose they are is read from the sentence (focus.ts disclosersOwn: 「甲は、乙に対し損害賠償を請求
 * することができる」 states the vendor's liability); a clause with no such sentence goes by forActor.
 */
export function generalSentences(
  ctx: CompareContext,
  exp: Expectation,
  kinds: readonly GeneralKind[] | undefined,
  needed: boolean,
): Unit[] {
  return (kinds ?? []).flatMap((k) =>
    ctx.generalUnits(k).flatMap((u) => {
      const focus = focusUnits(ctx, u, k);
      if (!focus.length) return needed ? [] : forActor(ctx, exp, [u]);
      return focus.filter((f) => !disclosersOwn(ctx, f, k));
    }),
  );
}

function judgeGeneral(ctx: CompareContext, exp: Expectation): Judged[] {
  const g = exp.general;
  if (!g) return [];
  const w = exp.words;
  // A force-majeure disclaimer (天災…その責を負わない) is no disclaimer of incident damage.
  const units = (kinds: readonly GeneralKind[] | undefined, needed = false) =>
    generalSentences(ctx, exp, kinds, needed).filter((u) => !matchesAny(u.text, w?.ignore));
  const limitedBy = (u: Unit) => matchesAny(u.clauseText, w?.limit);
  const limit: Judgement = { status: "partial", limited: true, reason: REASONS.limit };
  const mets = units(g.met);
  const conflicts = units(g.conflict, true);
  return [
    ...mets.map((u): Judged => [u, { status: "met", limited: limitedBy(u), reason: REASONS.general }]),
    ...mets.filter(limitedBy).flatMap((u) => limitSentences(ctx, u, w?.limit).map((l): Judged => [l, limit])),
    ...units(g.limit).map((u): Judged => [u, limit]),
    ...conflicts.map(
      (u): Judged => [u, limitedBy(u) ? limit : { status: "conflict", reason: REASONS.conflictWords }],
    ),
  ];
}

function pick(judged: readonly Judged[], status: Judgement["status"]): Judged[] {
  return judged.filter(([, j]) => j.status === status);
}

/**
 * Evidence preference: a duty of the topic stated in its own words, one that has the topic only
 * through the article heading, a mention, any duty, then the rest (stable otherwise).
 */
const strength = (u: Unit) => (u.topical ? (u.cued ? 0 : 1) : u.cued ? 2 : u.obligations.length ? 3 : 4);

function verdict(status: Verdict["status"], list: readonly Judged[], reason?: Bilingual): Verdict {
  const evidence: Unit[] = [];
  for (const [u] of [...list].sort((a, b) => strength(a[0]) - strength(b[0])))
    if (
      evidence.length < MAX_EVIDENCE &&
      !evidence.some((e) => e.span.start === u.span.start && e.span.end === u.span.end)
    )
      evidence.push(u);
  const why = reason ?? list.find(([, j]) => j.reason)?.[1].reason;
  return why ? { status, evidence, reason: why } : { status, evidence };
}

/** Aggregates: any conflict wins; a met is capped at partial by a limit; otherwise the best unit. */
export function aggregate(judged: readonly Judged[]): Verdict {
  const conflicts = pick(judged, "conflict");
  if (conflicts.length) return verdict("conflict", conflicts);
  const mets = pick(judged, "met");
  const limits = judged.filter(([, j]) => j.limited);
  if (mets.length && limits.length) return verdict("partial", [...mets, ...limits], REASONS.limit);
  const specific = mets.filter(([u]) => !u.general);
  if (mets.length) return specific.length ? verdict("met", specific, undefined) : verdict("met", mets);
  const partials = pick(judged, "partial");
  return partials.length ? verdict("partial", partials) : missing();
}

/** The presence rule over the topic's units (or the given ones) and the general provisions. */
export function presence(ctx: CompareContext, req: Requirement, units?: readonly Unit[]): Verdict {
  const exp = req.expect;
  const judged: Judged[] = [];
  for (const u of forActor(ctx, exp, units ?? ctx.topicUnits(req.topic))) {
    const j = judgeUnit(ctx, exp, u);
    if (j) judged.push([u, j]);
  }
  return aggregate([...judged, ...judgeGeneral(ctx, exp)]);
}

// PUB-02: who decides on publishing an incident, read from one sentence (seed 003 第6条: 甲乙協議のうえ;
// fixtures saas-terms-disclaimer: 当社が必要と判断した範囲で → the vendor alone). Words: vocabulary
// `decision`; the status per class: the requirement's `decider` expectation.
import type { DeciderClass, Expectation } from "../reference/schema.js";
import type { Vocabulary } from "../reference/vocabulary.js";
import { topicAlias } from "./actors.js";
import type { CompareContext } from "./context.js";
import type { Judgement } from "./presence.js";
import { REASONS } from "./verdict.js";

type Decision = Vocabulary["decision"];

const WHO = "([^、。，,「」]{1,30}?)";
const BETWEEN = "[^、。，,]{0,12}?";

const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const cache = new WeakMap<Decision, RegExp>();

/** 「甲が決定」「当社の判断」「甲の事前の書面による指示」: the phrase before が/の, then the decide word. */
function decideRegex(d: Decision): RegExp {
  let re = cache.get(d);
  if (!re) {
    re = new RegExp(`${WHO}(?:が|の)${BETWEEN}(?:${d.decide.map(escapeRegex).join("|")})`, "gu");
    cache.set(d, re);
  }
  return re;
}

/** A consult or consent word that is not negated (同意なく, 協議することなく). */
function jointly(d: Decision, text: string): boolean {
  for (const w of [...d.consult, ...d.consent]) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const after = text.slice(at + w.length, at + w.length + 8);
      if (!d.negated.some((n) => after.startsWith(n) || after.startsWith(`を${n}`))) return true;
    }
  }
  return false;
}

function lastNamed(phrase: string, aliases: readonly string[]): string | undefined {
  let best: { at: number; alias: string } | undefined;
  for (const alias of aliases) {
    const at = phrase.lastIndexOf(alias);
    if (at >= 0 && (!best || at + alias.length > best.at)) best = { at: at + alias.length, alias };
  }
  return best?.alias;
}

/** The class of the phrase before a decide word; undefined when it names no decider we can read. */
function classOfWho(ctx: CompareContext, who: string, text: string, at: number): DeciderClass | undefined {
  const d = ctx.vocabulary.decision;
  const alias = lastNamed(who, ctx.aliases);
  if (alias) return ctx.classify(alias);
  if (d.self.some((w) => who.includes(w))) return ctx.classify(topicAlias(text, ctx.aliases, at));
  if (d.organs.some((w) => who.includes(w))) return ctx.internalRules ? "discloser" : "unknown";
  return undefined;
}

/** Every decider the sentence names. */
export function decidersIn(ctx: CompareContext, text: string): DeciderClass[] {
  const d = ctx.vocabulary.decision;
  const found: DeciderClass[] = jointly(d, text) ? ["consultation"] : [];
  for (const m of text.matchAll(decideRegex(d))) {
    const who = m[1] ?? "";
    if (d.notDeciders.some((w) => who.endsWith(w))) continue;
    const cls = classOfWho(ctx, who, text, m.index ?? 0);
    if (cls) found.push(cls);
  }
  return found;
}

/** The unit's status by who decides: a deciding class the rule meets wins, then a conflict, then partial. */
export function deciderJudgement(ctx: CompareContext, exp: Expectation, text: string): Judgement | undefined {
  const rule = exp.decider;
  if (!rule || !ctx.vocabulary.decision.about.some((w) => text.includes(w))) return undefined;
  const classes = decidersIn(ctx, text);
  if (classes.some((c) => rule.met.includes(c))) return { status: "met" };
  if (classes.some((c) => rule.conflict.includes(c)))
    return { status: "conflict", reason: REASONS.actorAlone };
  if (classes.some((c) => rule.partial.includes(c)))
    return { status: "partial", reason: REASONS.actorUnclear };
  return undefined;
}

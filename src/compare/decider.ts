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

// The decider stands shortly before the decide word, marked by a particle (「社長が」「当社の」「当社は、」).
const WINDOW = 30;
const PARTICLES = ["が", "の", "は", "に", "と", "で"];
/** How far before an organ its owner may stand (「甲の情報セキュリティ委員会」). */
const OWNER_REACH = 16;
/**
 * Particles and a te-form that end the owner's noun phrase before the organ (を, て, で, が, は, に);
 * 「甲の個人情報保護に関する委員会」 stays one phrase.
 */
const OWNER_BREAK = /[をてでがは]|に(?!関する|係る|おける)/u;

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

/** The word nearest before `at` that a particle marks as the decider (an alias, organ, 自ら or 法令). */
function nearestDecider(
  ctx: CompareContext,
  text: string,
  at: number,
): { word: string; start: number } | undefined {
  const d = ctx.vocabulary.decision;
  const from = Math.max(text.lastIndexOf("。", at - 1) + 1, at - WINDOW);
  const window = text.slice(from, at);
  let best: { end: number; word: string } | undefined;
  for (const word of [...ctx.aliases, ...d.organs, ...d.self, ...d.notDeciders]) {
    for (let i = window.indexOf(word); i >= 0; i = window.indexOf(word, i + 1)) {
      const end = i + word.length;
      const marked = PARTICLES.some((p) => window.startsWith(p, end));
      if (marked && (!best || end > best.end || (end === best.end && word.length > best.word.length)))
        best = { end, word };
    }
  }
  return best && { word: best.word, start: from + best.end - best.word.length };
}

/** The party an organ belongs to (「甲の情報セキュリティ委員会」): an alias with の just before it. */
function ownerOf(ctx: CompareContext, text: string, organStart: number): string | undefined {
  const before = text.slice(Math.max(0, organStart - OWNER_REACH), organStart);
  const phrase = before.slice(Math.max(before.lastIndexOf("、"), before.lastIndexOf("。")) + 1);
  let owner: { at: number; alias: string } | undefined;
  for (const alias of ctx.aliases) {
    const at = phrase.lastIndexOf(`${alias}の`);
    // 「乙の意見を聴いて委員会が」: an object or a verb between them ends the owner's noun phrase.
    if (at < 0 || OWNER_BREAK.test(phrase.slice(at + alias.length + 1))) continue;
    if (!owner || at > owner.at) owner = { at, alias };
  }
  return owner?.alias;
}

/** The class of the decider named before a decide word; undefined when none can be read. */
function classOfDecider(ctx: CompareContext, text: string, at: number): DeciderClass | undefined {
  const d = ctx.vocabulary.decision;
  const found = nearestDecider(ctx, text, at);
  if (!found || d.notDeciders.includes(found.word)) return undefined;
  const { word, start } = found;
  if (d.self.includes(word)) return ctx.classify(topicAlias(text, ctx.aliases, at));
  if (d.organs.includes(word) && !ctx.aliases.includes(word)) {
    const owner = ownerOf(ctx, text, start);
    if (owner) return ctx.classify(owner);
    return ctx.internalRules ? "discloser" : "unknown";
  }
  return ctx.classify(word);
}

/** Every decider the sentence names. */
export function decidersIn(ctx: CompareContext, text: string): DeciderClass[] {
  const d = ctx.vocabulary.decision;
  const found: DeciderClass[] = jointly(d, text) ? ["consultation"] : [];
  for (const w of d.decide)
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const cls = classOfDecider(ctx, text, at);
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

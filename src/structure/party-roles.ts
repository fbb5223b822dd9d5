// Roles of the parties (DESIGN.md Parties): discloser (entrusts the information), handler, or mutual.
import type { PartyRole } from "../core/ids.js";
import type { Alias } from "./parties.js";
import type { PartyLexicon } from "./party-lexicon.js";

/** Entrusting work or information (委託する, 業務委託, 預託する), not one's own 委託先 or 再委託 (seed 003). */
const ENTRUSTS = /(?<!再)(?:委託|預託)(?!先|元|者)/;
/** 委託者/受託者 are nouns, never verbs: skipped by the search itself (thousands of them in a long contract). */
const ENTRUST_ANY = /(?:委託|受託|預託)(?!者)/g;
/** 受託, 委託を受け, 委託され, 預託された: the subject receives the work or the information. */
const ACCEPTING = /^(?:受託|(?:委託|預託)(?:を受け|され))/;
const RELATIVE = /^(?:を受け|し|され|する)?(?:た|る|ている)?者/;
/** Internal rules: the institution's own 規程 / 規則 / 手続 (seed 001, real-files #1). */
const INTERNAL_RULES = /規程|規則|手続|手順|要領|細則|ポリシー|方針|就業規則/;
const SENTENCE_REACH = 200;

type Votes = Map<string, { discloser: number; handler: number }>;

function vote(votes: Votes, alias: string, role: "discloser" | "handler"): void {
  const v = votes.get(alias) ?? { discloser: 0, handler: 0 };
  v[role]++;
  votes.set(alias, v);
}

/** The last alias in `before` followed by one of `particles` (the nearest subject or object), other than `except`. */
function nearestAlias(
  before: string,
  aliases: readonly string[],
  particles: RegExp,
  except?: string,
): string | undefined {
  let best: { alias: string; at: number } | undefined;
  for (const alias of aliases) {
    if (alias === except) continue;
    // lastIndexOf(x, -1) searches from 0 again: stop after position 0, or an alias at the start loops forever.
    for (
      let at = before.lastIndexOf(alias);
      at >= 0;
      at = at === 0 ? -1 : before.lastIndexOf(alias, at - 1)
    ) {
      if (!particles.test(before.slice(at + alias.length, at + alias.length + 3))) continue;
      if (!best || at > best.at) best = { alias, at };
      break;
    }
  }
  return best?.alias;
}

/** The sentence up to `at` (from the last 。, at most SENTENCE_REACH back): a window, never the whole text. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - SENTENCE_REACH), at);
  return window.slice(window.lastIndexOf("。") + 1);
}

/**
 * For each 委託/受託 verb, the nearest subject before it: 「甲は、本業務を乙に委託し、乙はこれを受託する」
 * → 甲 discloser and 乙 handler (委託), 乙 handler (受託). 再委託, 委託先 and 委託元 are no verbs (seed 003).
 */
function directionVotes(text: string, aliases: readonly string[]): Votes {
  const votes: Votes = new Map();
  for (const m of text.matchAll(ENTRUST_ANY)) {
    const accepts = ACCEPTING.test(text.slice(m.index, m.index + 5));
    if (!accepts && !ENTRUSTS.test(text.slice(Math.max(0, m.index - 1), m.index + 3))) continue;
    // 「当社は、…委託を受けた者と共同で」: a relative clause names a third person, not the subject.
    if (RELATIVE.test(text.slice(m.index + 2, m.index + 9))) continue;
    const before = sentenceBefore(text, m.index);
    const subject = nearestAlias(before, aliases, /^(?:は|が)/);
    if (!subject) continue;
    const afterSubject = before.slice(before.lastIndexOf(subject));
    if (accepts) {
      vote(votes, subject, "handler");
      const from = nearestAlias(before, aliases, /^から/, subject);
      if (from) vote(votes, from, "discloser");
      continue;
    }
    const to = nearestAlias(afterSubject, aliases, /^(?:に|へ)/, subject);
    if (!to) continue;
    vote(votes, subject, "discloser");
    vote(votes, to, "handler");
  }
  return votes;
}

function majority(v: { discloser: number; handler: number } | undefined): PartyRole | undefined {
  if (!v || v.discloser === v.handler) return undefined;
  return v.discloser > v.handler ? "discloser" : "handler";
}

const SIGNATORY_DEFAULT: Record<string, PartyRole> = { 甲: "discloser", 乙: "handler" };

/** 「事業者は、本サービスを利用する」 (real-files #6): the business is the service's user there. */
function usesService(text: string, alias: string): boolean {
  return new RegExp(`${alias}(?:は|が)、?本サービスを(?:ご)?利用`).test(text);
}

interface Context {
  readonly text: string;
  readonly internal: boolean;
  readonly hasUser: boolean;
  readonly entrusts: boolean;
}

function contextualRole(alias: Alias, entryId: string | undefined, ctx: Context): PartyRole | undefined {
  if (entryId === "provider") return ctx.internal && !ctx.hasUser ? "discloser" : "handler";
  // In work rules (就業規則, real-files #10) 事業者 is the employer: the institution whose rules they are.
  if (entryId === "service-business")
    return usesService(ctx.text, alias.alias) || (ctx.internal && !ctx.hasUser) ? "discloser" : "handler";
  if (entryId === "signatory") return ctx.entrusts ? SIGNATORY_DEFAULT[alias.alias] : "mutual";
  if (!alias.defined) return undefined;
  // A defined organisation: the institution in its own rules, the provider in terms of service.
  if (ctx.internal) return "discloser";
  return ctx.hasUser ? "handler" : undefined;
}

export function decideRoles(
  text: string,
  aliases: readonly Alias[],
  lexicon: PartyLexicon,
  title?: string,
): Map<string, PartyRole> {
  const roles = new Map<string, PartyRole>();
  const votes = directionVotes(
    text,
    aliases.map((a) => a.alias),
  );
  const ctx: Context = {
    text,
    internal: INTERNAL_RULES.test(title ?? text.slice(0, 200)),
    hasUser: aliases.some((a) => lexicon.byWord.get(a.alias)?.id === "service-user"),
    entrusts: ENTRUSTS.test(text),
  };
  for (const alias of aliases) {
    const entry = lexicon.byWord.get(alias.alias);
    const fixed = entry && entry.role !== "contextual" ? entry.role : undefined;
    // In its own rules the institution entrusts nothing to anyone: votes would only read its relative clauses.
    const ownRules = entry?.id === "provider" && ctx.internal && !ctx.hasUser;
    const voted = ownRules ? undefined : majority(votes.get(alias.alias));
    const role = fixed ?? voted ?? contextualRole(alias, entry?.id, ctx);
    if (role) roles.set(alias.alias, role);
  }
  return roles;
}

// Classifies a duty's actor (a party alias as extract reports it) as handler / discloser / mutual /
// unknown. DESIGN.md: requirements are judged on the handler's duties; a mutual duty binds it too.
// Roles come from the structure stage; an alias it left without one falls back on the conventions
// of dictionaries/reference/vocabulary.json (甲 = client, 当社 = provider in terms of use).
import type { Party } from "../core/types.js";
import type { ActorClass } from "../reference/schema.js";
import type { Vocabulary } from "../reference/vocabulary.js";

// 甲又は乙 / 甲及び乙: an actor made only of aliases joined by these.
const JOINERS = /又は|及び|並びに|若しくは|もしくは|または|および|・|、|,|と/;

export type ActorClassifier = (actor: string | undefined) => ActorClass;

type Conventions = Vocabulary["roleConventions"];

function combine(classes: readonly ActorClass[]): ActorClass {
  const set = new Set(classes);
  if (set.has("mutual") || (set.has("handler") && set.has("discloser"))) return "mutual";
  if (set.has("handler")) return "handler";
  if (set.has("discloser")) return "discloser";
  return "unknown";
}

/** The role of each alias: the structure stage's, else the convention (当社 needs named users). */
export function roleTable(
  parties: readonly Party[],
  conv: Conventions,
  text: string,
): Map<string, ActorClass> {
  const roles = new Map<string, ActorClass>();
  const usersNamed = conv.users.some((u) => text.includes(u));
  for (const a of conv.discloser) roles.set(a, "discloser");
  for (const a of conv.handler) roles.set(a, "handler");
  for (const a of conv.provider) if (usersNamed) roles.set(a, "handler");
  for (const p of parties) if (p.role || !roles.has(p.alias)) roles.set(p.alias, p.role ?? "unknown");
  // Terms of service whose provider outsources work (「当社は、…業務を外部の事業者に委託する」) may leave
  // 当社 entrusting like its users: beside users who entrust their data, 当社 is still the provider.
  const users = parties.filter((p) => p.role === "discloser" && conv.users.includes(p.alias));
  if (users.length)
    for (const p of parties)
      if (p.role === "discloser" && conv.provider.includes(p.alias)) roles.set(p.alias, "handler");
  return roles;
}

export function actorClassifier(roles: ReadonlyMap<string, ActorClass>): ActorClassifier {
  return (actor) => {
    if (!actor) return "unknown";
    if (actor === "mutual") return "mutual";
    const exact = roles.get(actor);
    if (exact) return exact;
    const parts = actor.split(JOINERS).filter(Boolean);
    const classes = parts.map((p) => roles.get(p));
    if (parts.length > 1 && classes.every((c) => c !== undefined)) return combine(classes as ActorClass[]);
    // 甲乙 (two aliases written together)
    const glued = [...roles.keys()].filter((a) => actor.includes(a));
    if (glued.length > 1 && glued.join("").length === actor.length)
      return combine(glued.map((a) => roles.get(a)!));
    return "unknown";
  };
}

/** DESIGN.md: a duty counts for the handler unless it binds only the discloser. */
export function bindsHandler(cls: ActorClass): boolean {
  return cls !== "discloser";
}

// 「3. ユーザーは、…」: the subject of a sentence, after an optional paragraph or item number.
const SUBJECT =
  /^(?:[0-9０-９]+[.．]?\s*|[(（][0-9０-９一二三四五六七八九十]+[)）]\s*)?([^、。\s]{1,12}?)(?:は|が)、/u;

/** The alias a sentence opens with as its subject (「乙は、」), when it opens with one. */
export function sentenceSubject(text: string): string | undefined {
  return SUBJECT.exec(text.trimStart())?.[1];
}

// 「には、」「では、」「とは、」 mark no topic; neither does a condition (「…した場合は、」).
const TOPIC_MARKS = /(?<![にでとて])は[、，,]/gu;
const CONDITION_END = /(?:場合|とき|時|際|限り|以上|後)$/u;

/**
 * The alias a predicate at `before` is said of (「…について、当社は一切…」, 「かかる事業者は、…免責する」,
 * 「CROSS INFINITY ならびに…は、」): the last alias marked by は before it, else the aliases named in
 * the first topic phrase (the last one named). Undefined when neither names an alias.
 */
export function topicAlias(
  text: string,
  aliases: readonly string[],
  before = text.length,
): string | undefined {
  const head = text.slice(0, before);
  const byLength = [...aliases].sort((a, b) => b.length - a.length);
  let last: { at: number; alias: string } | undefined;
  for (const alias of byLength) {
    const at = head.lastIndexOf(`${alias}は`);
    if (at >= 0 && (!last || at > last.at)) last = { at, alias };
  }
  if (last) return last.alias;
  for (const m of head.matchAll(TOPIC_MARKS)) {
    const phrase = head.slice(0, m.index);
    if (CONDITION_END.test(phrase)) continue;
    return lastNamed(phrase, byLength);
  }
  return undefined;
}

function lastNamed(phrase: string, aliases: readonly string[]): string | undefined {
  let best: { at: number; alias: string } | undefined;
  for (const alias of aliases) {
    const at = phrase.lastIndexOf(alias);
    if (at >= 0 && (!best || at > best.at)) best = { at, alias };
  }
  return best?.alias;
}

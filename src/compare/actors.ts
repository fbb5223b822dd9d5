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

// Classifies a duty's actor (a party alias as extract reports it) as handler / discloser / mutual /
// unknown. DESIGN.md: requirements are judged on the handler's duties; a mutual duty binds it too.
import type { Party } from "../core/types.js";
import type { ActorClass } from "../reference/schema.js";

// 甲又は乙 / 甲及び乙 / 甲乙: an actor made only of aliases joined by these.
const JOINERS = /又は|及び|並びに|若しくは|もしくは|または|および|・|、|,|と/;

export type ActorClassifier = (actor: string | undefined) => ActorClass;

function combine(classes: readonly ActorClass[]): ActorClass {
  const set = new Set(classes);
  if (set.has("mutual") || (set.has("handler") && set.has("discloser"))) return "mutual";
  if (set.has("handler")) return "handler";
  if (set.has("discloser")) return "discloser";
  return "unknown";
}

export function actorClassifier(parties: readonly Party[]): ActorClassifier {
  const roles = new Map(parties.map((p) => [p.alias, p.role ?? "unknown"] as const));
  const byAlias = (alias: string): ActorClass | undefined => roles.get(alias);
  return (actor) => {
    if (!actor) return "unknown";
    if (actor === "mutual") return "mutual";
    const exact = byAlias(actor);
    if (exact) return exact;
    const parts = actor.split(JOINERS).filter(Boolean);
    const classes = parts.map(byAlias);
    if (parts.length > 1 && classes.every((c) => c !== undefined)) return combine(classes as ActorClass[]);
    // 甲乙 (two aliases written together)
    const glued = [...roles.keys()].filter((a) => actor.includes(a));
    if (glued.length > 1 && glued.join("").length === actor.length)
      return combine(glued.map((a) => byAlias(a)!));
    return "unknown";
  };
}

/** DESIGN.md: a duty counts for the handler unless it binds only the discloser. */
export function bindsHandler(cls: ActorClass): boolean {
  return cls !== "discloser";
}

// Who bears the cost of an incident, read from a cost unit: the duty's costBearer as extract gives it,
// else the words (「乙の負担」, 「原因を生じさせた当事者」). Patterns and words come from the baseline.
import type { BearerClass, Expectation } from "../../reference/schema.js";
import type { CompareContext } from "../context.js";
import type { Unit } from "../units.js";

type BearerRule = NonNullable<Expectation["bearer"]>;

function fromObligations(ctx: CompareContext, unit: Unit): BearerClass | undefined {
  for (const o of unit.obligations) {
    if (o.costBearer === "causing_party" || o.costBearer === "consultation") return o.costBearer;
    if (o.costBearer === "actor") return ctx.classify(o.actor);
    if (o.costBearer === "recipient") return ctx.classify(o.recipient);
  }
  return undefined;
}

/** The first position in `text` of one of the patterns with `{party}` = alias, or -1. */
function firstAt(alias: string, text: string, patterns: readonly string[]): number {
  const positions = patterns.map((p) => text.indexOf(p.replaceAll("{party}", alias))).filter((i) => i >= 0);
  return positions.length ? Math.min(...positions) : -1;
}

/** The party named first as bearer in the text, with its alias. */
function fromWords(
  ctx: CompareContext,
  rule: BearerRule,
  text: string,
): { cls: BearerClass; alias?: string } | undefined {
  if (rule.causingWords.some((w) => text.includes(w))) return { cls: "causing_party" };
  let best: { at: number; alias: string } | undefined;
  for (const alias of ctx.aliases) {
    const at = firstAt(alias, text, rule.patterns);
    if (at >= 0 && (!best || at < best.at)) best = { at, alias };
  }
  return best ? { cls: ctx.classify(best.alias), alias: best.alias } : undefined;
}

/**
 * The bearer class of a unit. A client-pays rule with a carve-out for the handler's fault
 * (…を除き, この限りでない) or tied to the client's own fault puts the cost on the causing party.
 */
export function bearerOf(ctx: CompareContext, rule: BearerRule, unit: Unit): BearerClass | undefined {
  const stated = fromObligations(ctx, unit);
  const read = stated && stated !== "unknown" ? { cls: stated } : fromWords(ctx, rule, unit.text);
  if (!read) return stated;
  if (read.cls !== "discloser") return read.cls;
  const carvedOut =
    rule.exceptWords.some((w) => unit.clauseText.includes(w)) ||
    unit.obligations.some((o) => o.exceptions?.length) ||
    (read.alias !== undefined && firstAt(read.alias, unit.text, rule.faultPatterns) >= 0);
  return carvedOut ? "causing_party" : "discloser";
}

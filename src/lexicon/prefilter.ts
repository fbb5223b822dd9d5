// A cheap surface scan built from the lexicon: a clause with no cue is never tokenized (issue 6).
import type { TopicId } from "../core/ids.js";
import type { Lexicon } from "./load.js";
import type { Compiled } from "./matcher.js";
import type { BaseEntry } from "./schema.js";

export interface Prefilter {
  /** Any topic cue or general-provision cue: for clauses in an incident context. */
  readonly incident: RegExp;
  /** Cues that need information but no incident (subcontractor flow-down, damages for breach) + general. */
  readonly info: RegExp;
  /** General-provision cues only (損害賠償, 免責, 事故等の報告…). */
  readonly general: RegExp;
}

const unanchored = (e: Compiled<BaseEntry>) => e.patterns.filter((p) => !p.startsWith("^"));

function union(entries: readonly Compiled<BaseEntry>[]): RegExp {
  const sources = entries.flatMap(unanchored).map((p) => `(?:${p})`);
  return new RegExp(sources.join("|"), "u");
}

const INFO_TOPICS: readonly TopicId[] = ["subcontractor", "damages"];

function build(lex: Lexicon): Prefilter {
  // A breach alone makes no provision a candidate (it only qualifies a damages sentence).
  const general = lex.general.filter((e) => e.role !== "breach" && e.role !== "own_provision_breach");
  const subLiability = lex.topics.subcontractor.filter((e) => e.role === "liability");
  const topicEntries = Object.entries(lex.topics).flatMap(([t, entries]) => (t === "fault" ? [] : entries));
  const infoEntries = INFO_TOPICS.flatMap((t) => lex.topics[t]);
  return {
    incident: union([...topicEntries, ...general]),
    info: union([...infoEntries, ...general]),
    general: union([...general, ...subLiability]),
  };
}

const cache = new WeakMap<Lexicon, Prefilter>();

/** The prefilter of a lexicon, built once. */
export function prefilterOf(lex: Lexicon): Prefilter {
  let p = cache.get(lex);
  if (!p) {
    p = build(lex);
    cache.set(lex, p);
  }
  return p;
}

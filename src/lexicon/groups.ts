// Entry lists derived from the lexicon once (stable arrays, so union regexes are built once too).
import type { Lexicon } from "./load.js";

export interface Groups {
  /** Leak-type and loss-type events. */
  readonly events: Lexicon["incident"]["event"];
  /** Events plus incident nouns (事故, 事案): the cheap pre-test of incidentCues. */
  readonly incidentWords: Lexicon["incident"]["event"];
  /** Words that presuppose an incident (被害拡大防止, 再発防止, 原因究明, 本人への通知, 委員会への報告). */
  readonly presupposing: Lexicon["topics"]["containment"];
  /** Report items that are the result of an activity (原因 → investigation). */
  readonly bringing: Lexicon["contents"];
  /** 甲又は乙, 両者, 相互に: expressions that bind both parties. */
  readonly mutualActors: Lexicon["actors"];
}

const GENERIC_CONTAINMENT = new Set(["recovery", "retrieval", "suspend-use"]);

const cache = new WeakMap<Lexicon, Groups>();

export function groupsOf(lex: Lexicon): Groups {
  let g = cache.get(lex);
  if (!g) {
    const { containment, recurrence, investigation, subject_notice, authority_report } = lex.topics;
    const events = [...lex.incident.event, ...lex.incident.ambiguous_event];
    g = {
      events,
      incidentWords: [...events, ...lex.incident.incident_noun],
      // Generic words are left out: 調査 (「毎月の調査」), 復旧 and 回収 (systems, goods), stopping a
      // service or an account (terms of service do it for many reasons).
      presupposing: [
        ...containment.filter((e) => !GENERIC_CONTAINMENT.has(e.id)),
        ...recurrence,
        ...investigation.filter((e) => e.id !== "investigate"),
        ...subject_notice,
        ...authority_report,
      ],
      bringing: lex.contents.filter((e) => e.brings),
      mutualActors: lex.actors.filter((e) => e.mutual),
    };
    cache.set(lex, g);
  }
  return g;
}

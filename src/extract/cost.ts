// Cost bearer of a cost duty: the party that caused the incident, consultation, or a named party.
import type { CostBearer } from "../core/ids.js";
import type { ClauseView } from "../detect/view.js";
import { entryMatches } from "../lexicon/matcher.js";
import type { DutyWindow } from "./window.js";

/** 「自己の費用と責任において」: the actor pays. */
const OWN_EXPENSE = /(?:自己|自ら|自身)の(?:費用|負担)/u;
const NAMED_BEARER = /([^\s、。，「」（）()]{1,12}?)(?:の(?:負担|費用負担)|が(?:負担|負う|支払|支弁))/u;

/** The bearer and, when a party is named (「乙の負担とする」), that party as the duty's actor. */
export function costBearerOf(view: ClauseView, w: DutyWindow): { bearer: CostBearer; party?: string } {
  const text = view.text.slice(w.sentence.start, w.sentence.end);
  const hit = view.lex.costBearer.find((e) => entryMatches(e, text));
  if (hit) return { bearer: hit.bearer };
  if (OWN_EXPENSE.test(text)) return { bearer: "actor" };
  const named = NAMED_BEARER.exec(text)?.[1];
  const party =
    named &&
    (view.parties.find((p) => named.endsWith(p)) ??
      /(甲|乙|当社|ユーザー|受託者|委託者|受注者|発注者)$/u.exec(named)?.[1]);
  return party ? { bearer: "actor", party } : { bearer: "unspecified" };
}

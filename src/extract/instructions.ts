// 「甲の指示に従う」 next to a reporting duty (RPT-06): recorded as a reporting obligation of its own.
import { type Act, actsFor, BODY_CUES } from "../detect/acts.js";
import type { ClauseView } from "../detect/view.js";
import { findCues, withRole } from "../lexicon/matcher.js";
import type { Obligation } from "../report/schema.js";
import { obligationOf } from "./index.js";

const GIVER =
  /([\p{Script=Han}\p{Script=Katakana}ーA-Za-zＡ-Ｚａ-ｚ]+)(?:の|が|から)(?:別途|個別に|必要な|適切な)?指示/gu;

/** 「報告を受けた情報セキュリティ責任者は、」: the sentence's topic is the one who received a report. */
const RECEIVER_TOPIC = /^(?:等)?を(?:受けた|受領した|受理した)[^、。]{0,30}?は[、，]/u;

/**
 * 「報告を受けた責任者は、…上位者の指示を受けて措置を講ずる」: the instructions bind whoever received the
 * report, not the reporting party (blind fixture z06). 「報告を受けた甲の指示に従い」 (no は) still binds
 * the reporter.
 */
function receiverFollows(view: ClauseView, act: Act): boolean {
  const s = view.sentences[act.sentence];
  if (!s) return false;
  const before = view.text.slice(s.span.start, act.cue.span.start);
  return findCues(withRole(view.lex.topics.reporting, "cue"), before, s.span.start).some((c) =>
    RECEIVER_TOPIC.test(view.text.slice(c.span.end, act.cue.span.start)),
  );
}

/**
 * A duty to follow the counterparty's instructions, as an obligation with action 「指示に従う」 and
 * the instructing party as recipient. A procedure fixed in advance (別途定める手順) is no instruction
 * (LABELING.md): the lexicon only matches 指示.
 */
export function instructionObligations(view: ClauseView): Obligation[] {
  const entries = withRole(view.lex.topics.reporting, "instruction");
  const acts: Act[] = actsFor(
    view,
    "reporting",
    entries,
    (a) =>
      !a.inHeading && !a.predicate.negated && a.predicate.modality !== "may" && !receiverFollows(view, a),
    BODY_CUES,
  );
  return acts.map((act) => {
    const o = obligationOf(view, act);
    const before = view.text.slice(o.span.start, act.cue.span.end);
    const giver = [...before.matchAll(GIVER)].pop()?.[1];
    return { ...o, action: "指示に従う", ...(giver ? { recipient: giver } : {}) };
  });
}

// Timing of a duty: the strongest urgency word in its window (直ちに > deadline > 速やかに > 遅滞なく).
import type { TimingLevel } from "../core/ids.js";
import type { Lexicon } from "../lexicon/load.js";
import { entryHits } from "../lexicon/matcher.js";
import { parseNumber } from "../nlp/numbers.js";
import type { Timing } from "./types.js";

/** Strength order of DESIGN.md "Labelled data" (immediately > deadline > promptly > without_delay). */
export const TIMING_STRENGTH: Record<TimingLevel, number> = {
  immediately: 4,
  deadline: 3,
  promptly: 2,
  without_delay: 1,
  none: 0,
};

/** The timing stated in `window`, or level "none" when it states none. */
export function timingIn(lex: Lexicon, window: string): Timing {
  let best: Timing = { level: "none" };
  for (const e of lex.timing) {
    for (const h of entryHits(e, window)) {
      const n = h.groups.n === undefined ? undefined : parseNumber(h.groups.n);
      const hours = e.hours ?? (n !== undefined && e.unitHours ? n * e.unitHours : undefined);
      const t: Timing = { level: e.level, text: h.text, ...(hours !== undefined ? { hours } : {}) };
      const stronger = TIMING_STRENGTH[t.level] > TIMING_STRENGTH[best.level];
      const shorter = t.level === best.level && (t.hours ?? Infinity) < (best.hours ?? Infinity);
      if (stronger || shorter) best = t;
    }
  }
  return best;
}

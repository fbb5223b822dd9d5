// Matches the baseline's sentence cues (reference/schema.ts Cue): groups ANDed, words ORed, `none` vetoes.
import type { Cue } from "../reference/schema.js";

export function matchesCue(text: string, cue: Cue): boolean {
  if (cue.none?.some((w) => text.includes(w))) return false;
  return cue.all.every((group) => group.some((w) => text.includes(w)));
}

export function matchesAny(text: string, cues: readonly Cue[] | undefined): boolean {
  return cues?.some((cue) => matchesCue(text, cue)) ?? false;
}

// Seeded pseudo-random texts for property tests: the same texts on every run, so a failure repeats.

/** A linear congruential generator: non-negative integers below 2^31. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
}

/** A text of `length` characters drawn from `alphabet` (its code points). */
export function randomText(next: () => number, alphabet: string | readonly string[], length: number): string {
  const chars = typeof alphabet === "string" ? Array.from(alphabet) : alphabet;
  return Array.from({ length }, () => chars[next() % chars.length]).join("");
}

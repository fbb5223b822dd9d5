// Analysis ids: time-ordered (so a directory listing sorts by age) and unguessable (130 random bits).
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case: URL-safe
const TIME_CHARS = 10; // 50 bits of milliseconds: good until the year 37648
const RANDOM_CHARS = 26;
const ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{36}$/;

function encodeTime(ms: number): string {
  let out = "";
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET.charAt(rest % 32) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

/** A new id; 256 is a multiple of 32, so `byte & 31` keeps every character uniform. */
export function newAnalysisId(now: number = Date.now()): string {
  const random = Array.from(randomBytes(RANDOM_CHARS), (b) => ALPHABET.charAt(b & 31)).join("");
  return encodeTime(now) + random;
}

/** The only ids a store ever sees: no dots, no slashes, so no path traversal through an id. */
export function isAnalysisId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

// Regex matching of lexicon entries on surface text, with `allows` (known false positives) applied.
import type { Span } from "../core/span.js";
import type { CueMatch } from "../core/types.js";
import type { BaseEntry } from "./schema.js";

/** An entry with its patterns compiled once at load. */
export type Compiled<E extends BaseEntry> = E & {
  readonly regexes: readonly RegExp[];
  readonly allowRegexes: readonly RegExp[];
  /** All patterns in one non-global regex: the cheap "does it match at all?" test. */
  readonly any: RegExp;
};

export function compileEntry<E extends BaseEntry>(entry: E): Compiled<E> {
  return {
    ...entry,
    regexes: entry.patterns.map((p) => new RegExp(p, "gu")),
    allowRegexes: (entry.allows ?? []).map((p) => new RegExp(p, "gu")),
    any: new RegExp(entry.patterns.map((p) => `(?:${p})`).join("|"), "u"),
  };
}

const byRoleCache = new WeakMap<
  readonly Compiled<BaseEntry>[],
  Map<string, readonly Compiled<BaseEntry>[]>
>();

/** The entries of a list with a given `role` ("cue" = no role), as a stable array (cached). */
export function withRole<E extends Compiled<BaseEntry> & { readonly role?: string }>(
  entries: readonly E[],
  role: string,
): readonly E[] {
  let roles = byRoleCache.get(entries);
  if (!roles) {
    roles = new Map();
    byRoleCache.set(entries, roles);
  }
  let list = roles.get(role) as readonly E[] | undefined;
  if (!list) {
    list = entries.filter((e) => (e.role ?? "cue") === role);
    roles.set(role, list);
  }
  return list;
}

function spansOf(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A match with its named groups (timing entries capture the number `n`). */
export interface RegexHit {
  readonly span: Span;
  readonly text: string;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

function hitsOf(re: RegExp, text: string): RegexHit[] {
  const out: RegexHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ span: { start: m.index, end: m.index + m[0].length }, text: m[0], groups: m.groups ?? {} });
  }
  return out;
}

/**
 * Every match of the entry in `text` (relative offsets), minus those that overlap an `allows` match
 * (「介護事故」 allowed drops the 「事故が発生」 that starts inside it).
 */
export function entryHits(entry: Compiled<BaseEntry>, text: string): RegexHit[] {
  if (entry.disabled || !entry.any.test(text)) return [];
  const allowed = entry.allowRegexes.flatMap((re) => spansOf(re, text));
  const hits = entry.regexes.flatMap((re) => hitsOf(re, text));
  const kept = hits.filter((h) => !allowed.some((a) => a.start < h.span.end && h.span.start < a.end));
  return kept.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** Matches of several entries as evidence, spans shifted by `offset` into document coordinates. */
export function findCues(entries: readonly Compiled<BaseEntry>[], text: string, offset = 0): CueMatch[] {
  const out: CueMatch[] = [];
  if (!unionOf(entries).test(text) && entries.every((e) => e.patterns.every((p) => !p.startsWith("^"))))
    return out;
  for (const e of entries) {
    for (const h of entryHits(e, text)) {
      out.push({ entryId: e.id, span: { start: h.span.start + offset, end: h.span.end + offset } });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Whether any of the entries matches `text` (allows applied). */
export function anyMatch(entries: readonly Compiled<BaseEntry>[], text: string): boolean {
  return unionOf(entries).test(text) && entries.some((e) => entryHits(e, text).length > 0);
}

/** Whether one of the entries matches starting exactly at `index` of `text`. */
export function matchesAt(entries: readonly Compiled<BaseEntry>[], text: string, index: number): boolean {
  // Anchored patterns look a few dozen characters ahead at most: never slice the whole document.
  const rest = text.slice(index, index + 80);
  return entries.some((e) => entryHits(e, rest).some((h) => h.span.start === 0));
}

const unions = new Map<string, RegExp>();
const unionsByList = new WeakMap<readonly Compiled<BaseEntry>[], RegExp>();

/**
 * One regex for all the entries' patterns (anchored ones left out), cached per entry list: a cheap
 * "can any of them match?" test before the per-entry work.
 */
export function unionOf(entries: readonly Compiled<BaseEntry>[]): RegExp {
  const known = unionsByList.get(entries);
  if (known) return known;
  const sources = entries.flatMap((e) => (e.disabled ? [] : e.patterns.filter((p) => !p.startsWith("^"))));
  const key = sources.join("\u0000");
  let re = unions.get(key);
  if (!re) {
    re = sources.length ? new RegExp(sources.map((p) => `(?:${p})`).join("|"), "u") : /(?!)/u;
    unions.set(key, re);
  }
  unionsByList.set(entries, re);
  return re;
}

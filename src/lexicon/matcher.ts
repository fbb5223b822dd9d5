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
  /** No allows and no pattern matches the empty string: a successful `any` test is a hit. */
  readonly plain: boolean;
};

/** Conservative: a pattern with lookarounds, anchors or optional parts is assumed to. */
function mayMatchEmpty(pattern: string): boolean {
  return new RegExp(pattern, "u").test("") || /\(\?[=!<]|[\^$]|\\b|\\B/u.test(pattern);
}

export function compileEntry<E extends BaseEntry>(entry: E): Compiled<E> {
  return {
    ...entry,
    regexes: entry.patterns.map((p) => new RegExp(p, "gu")),
    allowRegexes: (entry.allows ?? []).map((p) => new RegExp(p, "gu")),
    any: new RegExp(entry.patterns.map((p) => `(?:${p})`).join("|"), "u"),
    plain: (entry.allows ?? []).length === 0 && !entry.patterns.some(mayMatchEmpty),
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

const byRolesCache = new WeakMap<
  readonly Compiled<BaseEntry>[],
  Map<string, readonly Compiled<BaseEntry>[]>
>();

/** The entries with any of `roles`, in role order, as a stable array (cached like withRole). */
export function withRoles<E extends Compiled<BaseEntry> & { readonly role?: string }>(
  entries: readonly E[],
  roles: readonly string[],
): readonly E[] {
  let lists = byRolesCache.get(entries);
  if (!lists) {
    lists = new Map();
    byRolesCache.set(entries, lists);
  }
  const key = roles.join(",");
  let list = lists.get(key) as readonly E[] | undefined;
  if (!list) {
    list = roles.flatMap((r) => withRole(entries, r));
    lists.set(key, list);
  }
  return list;
}

/** A match with its named groups (timing entries capture the number `n`). */
export interface RegexHit {
  readonly span: Span;
  readonly text: string;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/** Appends the non-empty matches of global `re` in `text` to `out`. */
function collect(re: RegExp, text: string, out: RegexHit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({
      span: { start: m.index, end: m.index + m[0].length },
      text: m[0],
      groups: m.groups ?? NO_GROUPS,
    });
  }
}

function overlapsAllowed(entry: Compiled<BaseEntry>, text: string, hits: RegexHit[]): RegexHit[] {
  const allowed: RegexHit[] = [];
  for (const re of entry.allowRegexes) collect(re, text, allowed);
  if (allowed.length === 0) return hits;
  return hits.filter((h) => !allowed.some((a) => a.span.start < h.span.end && h.span.start < a.span.end));
}

/**
 * Every match of the entry in `text` (relative offsets), minus those that overlap an `allows` match
 * (「介護事故」 allowed drops the 「事故が発生」 that starts inside it).
 */
export function entryHits(entry: Compiled<BaseEntry>, text: string): RegexHit[] {
  if (entry.disabled || !entry.any.test(text)) return [];
  let hits: RegexHit[] = [];
  for (const re of entry.regexes) collect(re, text, hits);
  if (hits.length > 0 && entry.allowRegexes.length > 0) hits = overlapsAllowed(entry, text, hits);
  if (hits.length > 1) hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return hits;
}

/**
 * Whether the entry matches `text` at all (allows applied): one test of its union pattern when it
 * has no allows and cannot match the empty string, else its hits.
 */
export function entryMatches(entry: Compiled<BaseEntry>, text: string): boolean {
  if (entry.disabled || !entry.any.test(text)) return false;
  return entry.plain || entryHits(entry, text).length > 0;
}

/** Matches of several entries as evidence, spans shifted by `offset` into document coordinates. */
export function findCues(entries: readonly Compiled<BaseEntry>[], text: string, offset = 0): CueMatch[] {
  const out: CueMatch[] = [];
  if (!unionOf(entries).test(text) && !hasAnchored(entries)) return out;
  for (const e of entries) {
    for (const h of entryHits(e, text)) {
      out.push({ entryId: e.id, span: { start: h.span.start + offset, end: h.span.end + offset } });
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.span.start - b.span.start) : out;
}

/** Whether any of the entries matches `text` (allows applied). */
export function anyMatch(entries: readonly Compiled<BaseEntry>[], text: string): boolean {
  return unionOf(entries).test(text) && entries.some((e) => entryMatches(e, text));
}

/** Whether one of the entries matches starting exactly at `index` of `text`. */
export function matchesAt(entries: readonly Compiled<BaseEntry>[], text: string, index: number): boolean {
  // Anchored patterns look a few dozen characters ahead at most: never slice the whole document.
  const rest = text.slice(index, index + 80);
  return entries.some((e) => entryHits(e, rest).some((h) => h.span.start === 0));
}

interface Union {
  readonly re: RegExp;
  /** Some entry has an anchored pattern (「^…」), which the union leaves out. */
  readonly anchored: boolean;
}

const unions = new Map<string, RegExp>();
const unionsByList = new WeakMap<readonly Compiled<BaseEntry>[], Union>();

function unionEntry(entries: readonly Compiled<BaseEntry>[]): Union {
  let known = unionsByList.get(entries);
  if (!known) {
    const sources = entries.flatMap((e) => (e.disabled ? [] : e.patterns.filter((p) => !p.startsWith("^"))));
    const key = sources.join("\u0000");
    let re = unions.get(key);
    if (!re) {
      re = sources.length ? new RegExp(sources.map((p) => `(?:${p})`).join("|"), "u") : /(?!)/u;
      unions.set(key, re);
    }
    known = { re, anchored: entries.some((e) => e.patterns.some((p) => p.startsWith("^"))) };
    unionsByList.set(entries, known);
  }
  return known;
}

/**
 * One regex for all the entries' patterns (anchored ones left out), cached per entry list (pass
 * stable lists: withRole, groupsOf): a cheap "can any of them match?" test before the per-entry work.
 */
export function unionOf(entries: readonly Compiled<BaseEntry>[]): RegExp {
  return unionEntry(entries).re;
}

function hasAnchored(entries: readonly Compiled<BaseEntry>[]): boolean {
  return unionEntry(entries).anchored;
}

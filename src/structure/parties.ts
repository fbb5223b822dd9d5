// Parties and their aliases: definitions 「●●株式会社（以下「甲」という。）」「（以下、「当社」といいます）」
// and role words used as subjects (当社は, ユーザーが, 受託者及び…), each with its role (party-roles.ts).

import type { PartyRole } from "../core/ids.js";
import type { Span } from "../core/span.js";
import type { Party } from "../core/types.js";
import { definitions } from "./definitions.js";
import { getPartyLexicon, type PartyLexicon } from "./party-lexicon.js";
import { decideRoles } from "./party-roles.js";

export interface Alias {
  readonly alias: string;
  readonly name?: string;
  readonly span: Span;
  /** Found in a 以下「…」 definition (not only as a subject). */
  readonly defined: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const subjectPatterns = new WeakMap<PartyLexicon, RegExp>();

/** One pass over the text: role words followed by a particle (subject, object, owner). */
function subjectPattern(lexicon: PartyLexicon): RegExp {
  let re = subjectPatterns.get(lexicon);
  if (!re) {
    const words = lexicon.words.map(escapeRegExp).join("|");
    re = new RegExp(`(${words})(?=は|が|の|に|へ|と|から|及び|又は|並びに|および|または)`, "g");
    subjectPatterns.set(lexicon, re);
  }
  return re;
}

const BOUNDARY_CHARS = new Set("\n、。 「（(・のと".split(""));
const CONJUNCTIONS = ["及び", "又は", "並びに", "若しくは", "および", "または"];

/**
 * The word stands after a boundary: the text start, punctuation, の/と, or a conjunction. Checked here
 * rather than by a lookbehind, which the regex would try at every position of the text. No party word
 * contains a boundary, so a match rejected here hides no other match.
 */
function afterBoundary(text: string, at: number): boolean {
  return at === 0 || BOUNDARY_CHARS.has(text[at - 1]!) || CONJUNCTIONS.some((w) => text.endsWith(w, at));
}

function mentions(text: string, lexicon: PartyLexicon): Alias[] {
  const first = new Map<string, { span: Span; count: number }>();
  for (const m of text.matchAll(subjectPattern(lexicon))) {
    if (!afterBoundary(text, m.index)) continue;
    const seen = first.get(m[1]!);
    if (seen) seen.count++;
    else first.set(m[1]!, { span: { start: m.index, end: m.index + m[1]!.length }, count: 1 });
  }
  const out: Alias[] = [];
  for (const [alias, { span, count }] of first) {
    if (count >= (lexicon.byWord.get(alias)?.minMentions ?? 1)) out.push({ alias, span, defined: false });
  }
  return out;
}

/** Definitions first (they carry names), then subjects no definition named; in document order. */
export function findAliases(text: string, lexicon: PartyLexicon): Alias[] {
  const byAlias = new Map<string, Alias>();
  for (const a of [...definitions(text, lexicon), ...mentions(text, lexicon)]) {
    if (!byAlias.has(a.alias)) byAlias.set(a.alias, a);
  }
  return [...byAlias.values()].sort((a, b) => a.span.start - b.span.start);
}

/** `title`: the document's title, which tells internal rules (規程, 手続) from contracts. */
export function findParties(
  text: string,
  title?: string,
  lexicon: PartyLexicon = getPartyLexicon(),
): Party[] {
  const aliases = findAliases(text, lexicon);
  const roles = decideRoles(text, aliases, lexicon, title);
  const parties = aliases.filter((a) => !playedByAnother(a, aliases, roles, lexicon));
  return parties.map((a) => {
    const role = roles.get(a.alias);
    return { alias: a.alias, ...(role ? { role } : {}), ...(a.name ? { name: a.name } : {}), span: a.span };
  });
}

/** Role words that name a party only when no contract party plays their role. */
const SUBSIDIARY = new Set(["service-user", "disclosing-party", "receiving-party"]);
const CONTRACT_PARTY = new Set([
  "signatory",
  "client",
  "contractor",
  "contractor-alias",
  "pledgee",
  "pledger",
  "provider",
  "service-business",
]);

/**
 * 「会員」 in a contract between 甲 and 乙 (the members are the data subjects), 「顧客」 in a pledge to 貴社
 * (real-files #8), 「利用者」「開示当事者」 beside a defined お客様 (#5): a role word that was never defined
 * is no separate party when a defined or contract party already plays its role.
 */
function playedByAnother(
  a: Alias,
  aliases: readonly Alias[],
  roles: ReadonlyMap<string, PartyRole>,
  lexicon: PartyLexicon,
): boolean {
  const entry = lexicon.byWord.get(a.alias);
  const role = roles.get(a.alias);
  if (a.defined || !entry || !SUBSIDIARY.has(entry.id) || role === undefined) return false;
  return aliases.some(
    (b) =>
      b !== a &&
      roles.get(b.alias) === role &&
      (b.defined || CONTRACT_PARTY.has(lexicon.byWord.get(b.alias)?.id ?? "")),
  );
}

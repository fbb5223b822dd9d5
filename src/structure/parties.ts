// Parties and their aliases: definitions 「●●株式会社（以下「甲」という。）」「（以下、「当社」といいます）」
// and role words used as subjects (当社は, ユーザーが, 受託者及び…), each with its role (party-roles.ts).
import type { Span } from "../core/span.js";
import type { Party } from "../core/types.js";
import { getPartyLexicon, type PartyLexicon } from "./party-lexicon.js";
import { decideRoles } from "./party-roles.js";

const QUOTED = "[「『“]([^」』”\\n]{1,20})[」』”]";
const DEFINITION = new RegExp(
  `[（(] ?以下[、,]? ?(?:単に)?${QUOTED}(?:(?:又は|または|若しくは|及び|、|，)${QUOTED})?[^）)\\n]{0,24}[）)]?`,
  "g",
);
/** A definition names a party when its name is an organisation (or the alias is a role word). */
const ORGANISATION =
  /^(?:株式会社|有限会社|合同会社|一般社団法人|公益財団法人)|(?:株式会社|有限会社|合同会社|合資会社|合名会社|法人|組合|協会|機構|大学|学校|研究所|センター|事業団|[甲乙丙丁])$/;
/** Defined terms that are never parties: 本契約, 本サービス, 当該情報, 対象情報 … */
const NOT_A_PARTY = /^(?:本|当該|対象|同|前|次)/;
const NAME_STOP = new Set("、。「」『』（）()\n,，．.：:".split(""));
const NAME_MAX = 40;

export interface Alias {
  readonly alias: string;
  readonly name?: string;
  readonly span: Span;
  /** Found in a 以下「…」 definition (not only as a subject). */
  readonly defined: boolean;
}

/**
 * The name a definition gives: the text just before 「（以下…」, back to a delimiter and after the last
 * case particle (「…一部を第三者（以下…」 → 第三者); 「株式会社たけやに」 keeps its に. A long "name" is a
 * description (「…をご利用いただく法人その他団体」), not a name.
 */
function nameBefore(text: string, at: number): string | undefined {
  let s = at;
  while (s > 0 && at - s < NAME_MAX && !NAME_STOP.has(text[s - 1]!)) s--;
  const phrase = text.slice(s, at);
  const afterParticle = Math.max(...["を", "が", "は", "で"].map((p) => phrase.lastIndexOf(p) + 1));
  const name = phrase
    .slice(afterParticle)
    .replace(/^(?:と|及び|並びに|の)/, "")
    .trim();
  return name.length > 0 && name.length <= 30 ? name : undefined;
}

function definitions(text: string, lexicon: PartyLexicon): Alias[] {
  const out: Alias[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    const name = nameBefore(text, m.index);
    for (const alias of [m[1], m[2]]) {
      if (!alias || NOT_A_PARTY.test(alias)) continue;
      if (!lexicon.byWord.has(alias) && !(name && ORGANISATION.test(name))) continue;
      out.push({
        alias,
        ...(name ? { name } : {}),
        span: { start: m.index, end: m.index + m[0].length },
        defined: true,
      });
    }
  }
  return out;
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
  return aliases.map((a) => {
    const role = roles.get(a.alias);
    return { alias: a.alias, ...(role ? { role } : {}), ...(a.name ? { name: a.name } : {}), span: a.span };
  });
}

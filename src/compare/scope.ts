// RPT-01 limited in scope (LABELING.md "partial": a duty only for 個人情報 when the contract also covers
// other 秘密情報): every reporting duty names personal information and nothing broader, and another
// clause of the document handles 秘密情報 / 機密情報. Words: vocabulary `scope`.
import type { CompareContext } from "./context.js";
import { bodySegments, makeUnit, type Unit } from "./units.js";
import type { Verdict } from "./verdict.js";

const REASON = {
  ja: "報告義務の対象が個人情報に限られ、本書が扱う他の秘密情報の事故には及びません",
  en: "the duty covers personal information only, not the other confidential information the document covers",
};

/** What information a duty names: personal only, something broader, or nothing (「前項の場合」). */
function scopeOf(ctx: CompareContext, text: string): "personal" | "broader" | "none" {
  const { narrow, generic, subsetMarks } = ctx.vocabulary.scope;
  // 「個人データ」 names no データ beyond it, and 「機密情報のうち個人データ」 only a part of the secrets:
  // strip both before looking for broader words.
  const parts = generic.flatMap((g) => subsetMarks.map((m) => g + m));
  const rest = [...parts, ...narrow].reduce((t, w) => t.replaceAll(w, "　"), text);
  if (generic.some((w) => rest.includes(w))) return "broader";
  return narrow.some((w) => text.includes(w)) ? "personal" : "none";
}

/**
 * The first sentence of another clause that handles broader confidential information; none when a
 * sentence extends the duty to it (「秘密情報の漏えいについても前条を準用する」).
 */
function secretsSentence(ctx: CompareContext, exclude: ReadonlySet<string>): Unit | undefined {
  const { broad, extendMarks } = ctx.vocabulary.scope;
  const text = ctx.analyzed.document.text;
  let first: Unit | undefined;
  for (const ac of ctx.analyzed.clauses) {
    for (const seg of bodySegments(text, ac.clause)) {
      const quote = text.slice(seg.start, seg.end);
      if (!broad.some((w) => quote.includes(w))) continue;
      if (extendMarks.some((m) => quote.includes(m))) return undefined;
      if (!first && !exclude.has(ac.clause.id))
        first = makeUnit({ text, listIntro: ctx.vocabulary.listIntro }, ac.clause, seg, []);
    }
  }
  return first;
}

/** A met reporting duty becomes partial when it is limited to personal information. */
export function limitedToPersonal(ctx: CompareContext, verdict: Verdict): Verdict {
  const pool = ctx.reportingPool();
  if (verdict.status !== "met" || !pool.length) return verdict;
  // Follow-ups that name no information (「前項の場合」) take the scope of the duty they follow.
  const scopes = pool.map((e) => scopeOf(ctx, e.unit.text));
  if (!scopes.includes("personal") || scopes.includes("broader")) return verdict;
  const secrets = secretsSentence(ctx, new Set(pool.map((e) => e.unit.clause.id)));
  if (!secrets) return verdict;
  return { ...verdict, status: "partial", evidence: [...verdict.evidence, secrets], reason: REASON };
}

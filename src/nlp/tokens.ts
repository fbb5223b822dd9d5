// Converts kuromoji tokens to our Token, with spans from a UTF-16 cursor (never word_position,
// which is 1-based and counts code points: DESIGN.md traps).
import type { IpadicFeatures } from "kuromoji";
import type { Token } from "../core/types.js";

const orEmpty = (v: string | undefined): string => (v === undefined || v === "*" ? "" : v);

function toToken(raw: IpadicFeatures, start: number): Token {
  const surface = raw.surface_form;
  const base = raw.basic_form;
  return {
    surface,
    baseForm: !base || base === "*" ? surface : base,
    pos: [orEmpty(raw.pos), orEmpty(raw.pos_detail_1), orEmpty(raw.pos_detail_2), orEmpty(raw.pos_detail_3)],
    conjugatedType: orEmpty(raw.conjugated_type),
    conjugatedForm: orEmpty(raw.conjugated_form),
    ...(raw.reading && raw.reading !== "*" ? { reading: raw.reading } : {}),
    span: { start, end: start + surface.length },
  };
}

/**
 * Our tokens for kuromoji's output on `text.slice(offset, …)`. The cursor walks the text by the
 * surface forms; a surface that is not found where expected (should not happen) is searched ahead
 * so one odd token cannot shift every later span.
 */
export function toTokens(text: string, offset: number, raw: readonly IpadicFeatures[]): Token[] {
  const out: Token[] = [];
  let cursor = offset;
  for (const r of raw) {
    if (!r.surface_form) continue;
    let at = text.startsWith(r.surface_form, cursor) ? cursor : text.indexOf(r.surface_form, cursor);
    if (at < 0) continue;
    if (at !== cursor) at = Math.max(at, cursor);
    out.push(toToken(r, at));
    cursor = at + r.surface_form.length;
  }
  return out;
}

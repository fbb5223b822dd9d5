// Trigger, form, contents, fault and exceptions of a duty, each read from its window.
import type { Span } from "../core/span.js";
import { incidentCues } from "../detect/incident.js";
import { type ClauseView, viewMemo } from "../detect/view.js";
import { anyMatch, entryHits, entryMatches } from "../lexicon/matcher.js";
import type { Obligation } from "../report/schema.js";
import type { Trigger } from "./types.js";
import type { DutyWindow } from "./window.js";

const slice = (view: ClauseView, s: Span) => view.text.slice(s.start, s.end);
const ONLY_SUSPECTED = /^(?![^。]*(?:又は|若しくは|もしくは|または|含む|及び))[^。]*(?:おそれ|恐れ|虞|疑い)/u;

/**
 * Actual / suspected (おそれ, 疑い). The condition is the duty's own; a duty whose sentence states
 * none (「前項の場合には」) takes the condition of the clause's first incident sentence, or of the
 * clause it inherits its context from.
 */
export function triggerOf(view: ClauseView, w: DutyWindow): Trigger {
  let condition = slice(view, w.condition);
  if (incidentCues(view.lex, condition, view.terms).length === 0) {
    // A cue in the heading line (「４　事故発生時の対応」) states no condition: the first one after it does.
    const hs = view.clause.headingSpan;
    const inHeading = (c: { span: Span }) =>
      hs !== undefined && c.span.start >= hs.start && c.span.end <= hs.end;
    const first = view.context.cues.find((c) => !inHeading(c)) ?? view.context.cues[0];
    const fromSentence = first
      ? view.sentences.find((s) => s.span.start <= first.span.start && first.span.start < s.span.end)
      : undefined;
    const fallback = fromSentence?.span ?? view.context.inheritedSpan;
    if (fallback) condition = `${condition}\n${slice(view, fallback)}`;
  }
  const suspected = anyMatch(view.lex.incident.suspected, condition);
  return { actual: !(suspected && ONLY_SUSPECTED.test(slice(view, w.condition))), suspected };
}

/** 書面 / 電磁的記録 / 所定の様式 anywhere in the duty's sentence or items → written (書面による承諾 is not). */
export function formOf(view: ClauseView, w: DutyWindow): Obligation["form"] {
  const text = [w.sentence, ...w.items].map((s) => slice(view, s)).join("\n");
  const hit = view.lex.form.find((e) => entryMatches(e, text));
  return hit?.form ?? "unspecified";
}

/** The report items named in the duty's window and its listed items (内容, 件数, 原因…). */
export function contentsOf(view: ClauseView, w: DutyWindow): string[] {
  const text = [w.duty, ...w.items].map((s) => slice(view, s)).join("\n");
  return view.lex.contents.filter((e) => entryMatches(e, text)).map((e) => e.label);
}

/** Spans of the window and items, for topics brought by report items (derived.ts). */
export function contentSpans(w: DutyWindow): Span[] {
  return [w.duty, ...w.items];
}

/**
 * The fault condition: stated in the duty's sentence, else anywhere in the clause (the clause
 * that states it: DESIGN.md "Labelled data"). Regardless wins over fault-based when both appear.
 */
export function faultOf(view: ClauseView, w: DutyWindow): Obligation["fault"] {
  const find = (text: string) => {
    const values = new Set(view.lex.fault.filter((e) => entryMatches(e, text)).map((e) => e.value));
    return values.has("regardless") ? "regardless" : values.has("fault_based") ? "fault_based" : undefined;
  };
  return viewMemo(
    view,
    `fault:${w.sentence.start}:${w.sentence.end}`,
    () => find(slice(view, w.sentence)) ?? find(view.clause.text) ?? "unspecified",
  );
}

/** ただし…この限りでない in the duty's sentence or the one right after it; …場合を除き in its sentence. */
export function exceptionsOf(view: ClauseView, w: DutyWindow): string[] {
  const found = viewMemo(view, `exceptions:${w.sentence.start}:${w.sentence.end}`, () => {
    const i = view.sentences.findIndex((s) => s.span.start === w.sentence.start);
    const next = i >= 0 ? view.sentences[i + 1] : undefined;
    const text = `${slice(view, w.sentence)}${next ? slice(view, next.span) : ""}`;
    const out = view.lex.exceptions.flatMap((e) => entryHits(e, text).map((h) => h.text.trim()));
    return [...new Set(out)];
  });
  return [...found];
}

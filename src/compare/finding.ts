// Turns an evaluator's Verdict into the report's Finding: evidence quotes, ja/en message, suggestion.
import type { Bilingual } from "../core/errors.js";
import type { Requirement } from "../reference/schema.js";
import type { Evidence, Finding } from "../report/schema.js";
import type { Unit } from "./units.js";
import type { Verdict } from "./verdict.js";

const EXCERPT = 60;

function labels(units: readonly Unit[]): string {
  return [...new Set(units.map((u) => u.clause.label))].join("、");
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
}

const GENERIC_PARTIAL: Bilingual = {
  ja: "要件より弱い定めです",
  en: "the provision is weaker than required",
};
const GENERIC_CONFLICT: Bilingual = { ja: "要件と相反する定めです", en: "the provision says the opposite" };

export function messageFor(req: Requirement, v: Verdict): Bilingual {
  const t = req.title;
  const at = v.evidence.length ? labels(v.evidence) : "";
  const ja = at ? `（${at}）` : "";
  const en = at ? ` (${at})` : "";
  switch (v.status) {
    case "met":
      return {
        ja: `「${t.ja}」を満たしています${ja}。${v.reason ? `ただし、${v.reason.ja}。` : ""}`,
        en: `Met: ${t.en}${en}${v.reason ? `; ${v.reason.en}` : ""}.`,
      };
    case "partial": {
      const r = v.reason ?? GENERIC_PARTIAL;
      return {
        ja: `「${t.ja}」は定めがありますが不十分です：${r.ja}${ja}。`,
        en: `Partly met: ${t.en} — ${r.en}${en}.`,
      };
    }
    case "conflict": {
      const r = v.reason ?? GENERIC_CONFLICT;
      return {
        ja: `「${t.ja}」と相反する定めがあります：${r.ja}${ja}。`,
        en: `Conflict: ${t.en} — ${r.en}${en}.`,
      };
    }
    default:
      return {
        ja: `「${t.ja}」に当たる定めが見つかりません${v.reason ? `（${v.reason.ja}）` : ""}。`,
        en: `Missing: ${t.en}${v.reason ? ` (${v.reason.en})` : ""}.`,
      };
  }
}

function evidenceOf(text: string, units: readonly Unit[]): Evidence[] {
  return units.map((u) => ({
    provisionId: u.clause.id,
    quote: text.slice(u.span.start, u.span.end),
    span: { start: u.span.start, end: u.span.end },
  }));
}

export function toFinding(text: string, req: Requirement, v: Verdict): Finding {
  const first = v.evidence[0];
  const found =
    v.found ??
    (first ? `${first.clause.label}「${excerpt(text.slice(first.span.start, first.span.end))}」` : undefined);
  return {
    requirementId: req.id,
    title: { ja: req.title.ja, en: req.title.en },
    topic: req.topic,
    status: v.status,
    severity: req.severity,
    expected: req.description.ja,
    ...(found ? { found } : {}),
    evidence: evidenceOf(text, v.evidence),
    message: messageFor(req, v),
    ...(v.status !== "met" && req.suggestion ? { suggestion: { ja: req.suggestion.ja } } : {}),
  };
}

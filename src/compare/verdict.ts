// An evaluator's answer for one requirement, and the reasons it can give (ja/en, shown in messages).
import type { Bilingual } from "../core/errors.js";
import type { Status } from "../core/ids.js";
import type { Unit } from "./units.js";

export interface Verdict {
  readonly status: Status;
  /** The units that justify the status (empty only for `missing`). */
  readonly evidence: readonly Unit[];
  readonly reason?: Bilingual;
  /** What was found, in words (e.g. the timing as written); defaults to the evidence's labels. */
  readonly found?: string;
}

export function missing(reason?: Bilingual): Verdict {
  return reason ? { status: "missing", evidence: [], reason } : { status: "missing", evidence: [] };
}

export const REASONS = {
  weak: {
    ja: "努力義務又は任意の定めにとどまります",
    en: "it is only an endeavour or a discretionary provision",
  },
  flowDown: {
    ja: "委託先との契約に定めるよう求める規定にとどまります",
    en: "it only requires vendor contracts to contain the duty",
  },
  partialWords: {
    ja: "要件の一部のみを定めています",
    en: "it addresses the requirement only in part",
  },
  limit: {
    ja: "上限額の設定や免責の範囲の限定など、責任を制限する定めがあります",
    en: "liability is limited (a cap or an exclusion)",
  },
  conflictWords: {
    ja: "要件と反対の定め（免責など）があります",
    en: "the document states the opposite (e.g. a disclaimer)",
  },
  actorAlone: {
    ja: "情報を取り扱う側（又は各当事者）が単独で行えるとされています",
    en: "the handling party (or either party) may act alone",
  },
  actorUnclear: {
    ja: "誰が決定するかが明らかではありません",
    en: "it does not say who decides",
  },
  general: {
    ja: "事故対応に特化した条項ではなく一般条項によります",
    en: "only through a general provision, not an incident-specific one",
  },
  noReportingDuty: {
    ja: "前提となる事故の報告義務がありません",
    en: "there is no duty to report an incident to qualify",
  },
  noIncidentProvision: {
    ja: "情報漏えい等の事故に関する条項がありません",
    en: "the document has no provision on information incidents",
  },
} as const satisfies Record<string, Bilingual>;

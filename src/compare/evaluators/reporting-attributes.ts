// RPT-02…RPT-05: attributes of the handler's reporting duties (LABELING.md "Requirement statuses"):
// timing is judged on the first report of the general duty; written form and items on any report.
import type { Expectation } from "../../reference/schema.js";
import type { CompareContext, PoolEntry } from "../context.js";
import { describeTiming, matchesSomeTiming } from "../timing.js";
import { missing, REASONS, type Verdict } from "../verdict.js";

type TimingRules = NonNullable<Expectation["timing"]>;

const noDuty = (): Verdict => missing(REASONS.noReportingDuty);

/** The condition of a duty (「当該機器を紛失した場合」): its sentence up to the first condition end. */
function conditionOf(ctx: CompareContext, text: string): string {
  const ends = ctx.vocabulary.subsetTriggers.conditionEnds.map((w) => text.indexOf(w)).filter((i) => i >= 0);
  return ends.length ? text.slice(0, Math.min(...ends)) : text;
}

/** A duty whose condition names only a device or medium (紛失した端末) covers a subset of incidents. */
function coversSubset(ctx: CompareContext, entry: PoolEntry): boolean {
  const t = ctx.vocabulary.subsetTriggers;
  const condition = conditionOf(ctx, entry.unit.text);
  return t.subset.some((w) => condition.includes(w)) && !t.general.some((w) => condition.includes(w));
}

/** The first report of the duty that covers incidents in general (LABELING.md RPT-02), then the rest. */
function primaryFirst(ctx: CompareContext): PoolEntry[] {
  const pool = ctx.reportingPool();
  const primary = pool.find((e) => !coversSubset(ctx, e)) ?? pool[0];
  return primary ? [primary, ...pool.filter((e) => e !== primary)] : [];
}

/** RPT-02: the general duty decides; a faster timing for a subset only (or a later report) is partial. */
export function timingVerdict(ctx: CompareContext, rules: TimingRules): Verdict {
  const [primary, ...others] = primaryFirst(ctx);
  if (!primary) return noDuty();
  const t = primary.obligation.timing;
  const found = `${describeTiming(t)}（${primary.unit.clause.label}）`;
  if (matchesSomeTiming(rules.met, t)) return { status: "met", evidence: [primary.unit], found };
  if (matchesSomeTiming(rules.partial, t)) {
    // A faster timing for a subset (直ちに for lost devices) is shown beside the general one.
    const faster = others.find(
      (e) => coversSubset(ctx, e) && matchesSomeTiming(rules.met, e.obligation.timing),
    );
    const also = faster
      ? `；${describeTiming(faster.obligation.timing)}（${faster.unit.clause.label}、一部の場合）`
      : "";
    return {
      status: "partial",
      evidence: faster ? [primary.unit, faster.unit] : [primary.unit],
      found: found + also,
      reason: {
        ja: `報告時期が「${describeTiming(t)}」です${faster ? "（より早い時期は一部の場合に限られます）" : ""}`,
        en: `the report is due "${describeTiming(t)}", not immediately${faster ? " (a faster timing covers some cases only)" : ""}`,
      },
    };
  }
  const other = others.find((e) => matchesSomeTiming([...rules.met, ...rules.partial], e.obligation.timing));
  if (other)
    return {
      status: "partial",
      evidence: [primary.unit, other.unit],
      found: `${found}；${describeTiming(other.obligation.timing)}（${other.unit.clause.label}）`,
      reason: {
        ja: "報告時期の定めが一部の場合又は後続の報告に限られます",
        en: "a timing is set only for some cases or for a later report",
      },
    };
  return missing({ ja: "報告義務に報告時期の定めがありません", en: "the reporting duty sets no timing" });
}

function firstWith(ctx: CompareContext, test: (e: PoolEntry) => boolean, found: string): Verdict {
  const pool = ctx.reportingPool();
  if (!pool.length) return noDuty();
  const hits = pool.filter(test);
  return hits.length ? { status: "met", evidence: hits.slice(0, 3).map((e) => e.unit), found } : missing();
}

/** RPT-03: some reporting duty also applies when an incident is only suspected (おそれ, 疑い). */
export function suspectedVerdict(ctx: CompareContext): Verdict {
  return firstWith(ctx, (e) => e.obligation.trigger?.suspected === true, "発生のおそれの段階を含む");
}

/** RPT-04: any report in the chain is to be in writing (書面, 電磁的記録, 所定の様式). */
export function formVerdict(ctx: CompareContext, met: readonly string[]): Verdict {
  return firstWith(
    ctx,
    (e) => e.obligation.form !== undefined && met.includes(e.obligation.form),
    "書面等による報告",
  );
}

/** RPT-05: the items to report over the whole chain; 1–2 items (below `met`) is partial. */
export function contentsVerdict(ctx: CompareContext, min: { met: number; partial: number }): Verdict {
  const pool = ctx.reportingPool();
  if (!pool.length) return noDuty();
  const withItems = pool.filter((e) => e.obligation.contents?.length);
  const items = [
    ...new Set(withItems.flatMap((e) => e.obligation.contents ?? []).map((c) => c.trim())),
  ].filter(Boolean);
  const evidence = withItems.slice(0, 3).map((e) => e.unit);
  const found = items.length ? `報告事項${items.length}項目：${items.join("、")}` : undefined;
  if (items.length >= min.met) return { status: "met", evidence, ...(found ? { found } : {}) };
  if (items.length >= min.partial)
    return {
      status: "partial",
      evidence,
      ...(found ? { found } : {}),
      reason: {
        ja: `報告事項が${items.length}項目にとどまります`,
        en: `only ${items.length} item(s) to report are listed`,
      },
    };
  return missing({ ja: "報告事項が定められていません", en: "no items to report are listed" });
}

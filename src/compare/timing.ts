// Matches a reporting duty's timing against the baseline's timing rules ("deadline<=24" …).
import type { TimingRule } from "../reference/schema.js";
import type { Obligation } from "../report/schema.js";

type Timing = NonNullable<Obligation["timing"]>;

const DEADLINE = /^deadline(?:(<=|>)(\d+(?:\.\d+)?))?$/;

export function matchesTiming(rule: TimingRule, timing: Timing | undefined): boolean {
  const level = timing?.level ?? "none";
  const m = DEADLINE.exec(rule);
  if (!m) return rule === level;
  if (level !== "deadline") return false;
  if (!m[1]) return true;
  const hours = timing?.hours;
  if (hours === undefined) return false;
  const limit = Number(m[2]);
  return m[1] === "<=" ? hours <= limit : hours > limit;
}

export function matchesSomeTiming(rules: readonly TimingRule[], timing: Timing | undefined): boolean {
  return rules.some((r) => matchesTiming(r, timing));
}

const LEVEL_JA: Record<Timing["level"], string> = {
  immediately: "直ちに",
  promptly: "速やかに",
  without_delay: "遅滞なく",
  deadline: "期限付き",
  none: "時期の定めなし",
};

/** The timing as written (「速やかに」), else its level in Japanese, with the hours when known. */
export function describeTiming(timing: Timing | undefined): string {
  if (!timing) return LEVEL_JA.none;
  const words = timing.text ?? LEVEL_JA[timing.level];
  return timing.hours !== undefined && !words.includes("時間") && !words.includes("日")
    ? `${words}（${timing.hours}時間）`
    : words;
}

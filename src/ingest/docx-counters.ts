// Word's list counters: one set per abstract list (w:num instances of one abstractNum continue each
// other, as in Word), deeper levels restart when a higher level is used unless w:lvlRestart says
// otherwise, w:startOverride restarts a level when its w:num is first used.
import type { AbstractNum, LevelDef, NumberingModel } from "./docx-numbering.js";
import { formatNumber } from "./numbering-format.js";

export interface ListLabel {
  readonly text: string;
  /** "tab" | "space" | "nothing" */
  readonly suff: string;
}

const MAX_LEVELS = 9;
/** Bullets drawn from the Symbol/Wingdings fonts are private-use code points: a reader sees a dot. */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;

interface Resolved {
  readonly abstractId: string;
  readonly abstract: AbstractNum;
}

export class ListCounters {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly pendingStart = new Map<string, Map<number, number>>();
  private readonly seenNums = new Set<string>();

  constructor(private readonly model: NumberingModel) {}

  /** The abstract list behind a w:num, following w:numStyleLink through its numbering style. */
  resolve(numId: string, depth = 0): Resolved | undefined {
    const num = this.model.nums.get(numId);
    const abstract = num && this.model.abstracts.get(num.abstractNumId);
    if (!num || !abstract || depth > 5) return undefined;
    if (!abstract.numStyleLink) return { abstractId: num.abstractNumId, abstract };
    const linked = this.model.styles.get(abstract.numStyleLink)?.numPr?.numId;
    return linked ? this.resolve(linked, depth + 1) : undefined;
  }

  level(numId: string, ilvl: number): LevelDef | undefined {
    return (
      this.model.nums.get(numId)?.levelOverrides.get(ilvl) ?? this.resolve(numId)?.abstract.levels.get(ilvl)
    );
  }

  /** Advances the counter of (numId, ilvl) and returns the label Word would draw, or undefined. */
  next(numId: string, ilvl: number): ListLabel | undefined {
    const resolved = this.resolve(numId);
    const def = this.level(numId, ilvl);
    if (!resolved || !def || ilvl < 0 || ilvl >= MAX_LEVELS) return undefined;
    const counters = this.countersOf(resolved.abstractId);
    this.applyStartOverrides(numId, resolved.abstractId, counters);
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? this.startOf(resolved.abstractId, numId, ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = this.level(numId, deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[deeper] = undefined;
    }
    return { text: this.render(numId, ilvl, def, counters), suff: def.suff };
  }

  private countersOf(abstractId: string): (number | undefined)[] {
    let c = this.counters.get(abstractId);
    if (!c) {
      c = new Array<number | undefined>(MAX_LEVELS).fill(undefined);
      this.counters.set(abstractId, c);
    }
    return c;
  }

  private applyStartOverrides(numId: string, abstractId: string, counters: (number | undefined)[]): void {
    if (this.seenNums.has(numId)) return;
    this.seenNums.add(numId);
    const overrides = this.model.nums.get(numId)?.startOverrides;
    for (const [lvl, start] of overrides ?? []) {
      counters[lvl] = undefined;
      const pending = this.pendingStart.get(abstractId) ?? new Map<number, number>();
      pending.set(lvl, start);
      this.pendingStart.set(abstractId, pending);
    }
  }

  private startOf(abstractId: string, numId: string, ilvl: number): number {
    const pending = this.pendingStart.get(abstractId);
    const override = pending?.get(ilvl);
    if (override !== undefined) {
      pending!.delete(ilvl);
      return override;
    }
    return this.level(numId, ilvl)?.start ?? 0;
  }

  private render(
    numId: string,
    ilvl: number,
    def: LevelDef,
    counters: readonly (number | undefined)[],
  ): string {
    if (def.numFmt === "bullet") return def.lvlText.replace(PRIVATE_USE, "・");
    return def.lvlText.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const levelDef = this.level(numId, i);
      // A level that has not been used yet shows its start value (Word does the same).
      const value = counters[i] ?? levelDef?.start ?? 0;
      const fmt = def.legal && i < ilvl ? "decimal" : levelDef?.numFmt;
      return formatNumber(value, fmt);
    });
  }
}

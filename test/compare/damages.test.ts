import { describe, expect, it } from "vitest";
import type { Party } from "../../src/core/types.js";
import type { ClauseSpec } from "../helpers/analyzed.js";
import { findingsOf } from "./run.js";

const TOS: Party[] = [
  { alias: "当社", role: "handler" },
  { alias: "ユーザー", role: "discloser" },
];

const dmg = (text: string, extra: Partial<ClauseSpec> = {}): ClauseSpec => ({
  label: "第15条",
  text,
  topics: ["damages"],
  ...extra,
});

const dmg01 = (clauses: ClauseSpec[], parties?: Party[], handlesInformation = true) =>
  findingsOf({ clauses, ...(parties ? { parties } : {}), handlesInformation }).get("DMG-01");

describe("compare: damages (DMG-01)", () => {
  it.each([
    ["compensation", "乙は、漏えいにより甲に生じた損害を賠償する。", "met"],
    [
      "compensation with a cap in the next sentence",
      "乙は、漏えいにより甲に生じた損害を賠償する。ただし、賠償額は委託料の総額を上限とする。",
      "partial",
    ],
    [
      "a blanket disclaimer",
      "当社は、ユーザーデータの漏えいによる損害について、一切責任を負いません。",
      "conflict",
    ],
    [
      "a disclaimer that keeps wilful misconduct and gross negligence",
      "当社は、当社の故意又は重大な過失による場合を除き、ユーザーデータの漏えいについて責任を負いません。",
      "partial",
    ],
    [
      "a disclaimer whose carve-out stands in the next sentence",
      "当社は、漏えいによる損害について一切責任を負いません。ただし、当社に故意又は重過失がある場合はこの限りではありません。",
      "partial",
    ],
    ["a force-majeure disclaimer only", "当社は、天災地変による漏えいについて責任を負いません。", "missing"],
  ])("%s → %s", (_n, text, status) => {
    expect(dmg01([dmg(text)], TOS)?.status).toBe(status);
  });

  it("a duty of the discloser to compensate does not protect it", () => {
    const text = "甲は、乙に生じた損害を賠償する。";
    const clause = dmg(text, { obligations: [{ topic: "damages", quote: "損害を賠償する", actor: "甲" }] });
    expect(dmg01([clause])?.status).toBe("missing");
  });

  it("a blanket disclaimer wins over a compensation duty elsewhere", () => {
    const pay = dmg("当社は、漏えいにより生じた損害を賠償します。");
    const disclaim = dmg("当社は、本サービスに関して生じた損害について一切責任を負いません。", {
      label: "第20条",
      topics: [],
      general: [{ kind: "liability_disclaimer" }],
    });
    expect(dmg01([pay, disclaim], TOS)?.status).toBe("conflict");
  });

  it("a general force-majeure disclaimer (その責を負わない) is no conflict", () => {
    const fm = dmg("甲及び乙は、天災地変その他の不可抗力による履行遅延についてその責を負わない。", {
      topics: [],
      general: [{ kind: "liability_disclaimer" }],
    });
    expect(dmg01([fm])?.status).toBe("missing");
  });

  it("a general responsibility taken by the discloser (its subject) does not count for SBC-01", () => {
    const c = dmg("ユーザーは、同行する第三者の行為について一切の責任を負う。", {
      topics: [],
      general: [{ kind: "subcontractor_liability" }],
    });
    expect(findingsOf({ clauses: [c], parties: TOS }).get("SBC-01")?.status).toBe("missing");
  });

  describe("general provisions (LABELING.md)", () => {
    const general = (text: string, kind: "general_damages" | "liability_disclaimer"): ClauseSpec => ({
      label: "第5条",
      text,
      general: [{ kind }],
    });
    it("a general damages clause → met", () => {
      expect(
        dmg01([
          general(
            "甲又は乙は、本契約に違反して相手方に損害を与えたときは、その損害を賠償する。",
            "general_damages",
          ),
        ])?.status,
      ).toBe("met");
    });
    it("a capped general damages clause → partial (dev-eval x-general-provisions)", () => {
      const duty = "甲又は乙は、本契約に違反して相手方に損害を与えたときは、その損害を賠償する。";
      const cap = "ただし、賠償額は委託料の総額を上限とする。";
      const f = dmg01([general(duty + cap, "general_damages")]);
      expect(f?.status).toBe("partial");
      // Each sentence is its own quote: the duty and the cap that weakens it.
      expect(f?.evidence.map((e) => e.quote)).toEqual([duty, cap]);
    });
    it("a general damages clause whose subject is the handler counts even if extract read another actor", () => {
      const text = "受託者は、本契約に違反して委託者に損害を与えたときは、その損害を賠償する。";
      const c: ClauseSpec = {
        label: "第8条",
        text,
        general: [
          { kind: "general_damages", obligation: { topic: "damages", quote: "賠償する", actor: "委託者" } },
        ],
      };
      expect(dmg01([c], [])?.status).toBe("met");
    });
    it("a sole remedy (唯一の救済手段) limits the provider's liability → partial, quoted by its sentence", () => {
      const first = "当社は、稼働率が目標を下回ったときは、翌月の料金を減額します。";
      const sole = "この減額は、当社の責任に関する利用者の唯一の救済手段とします。";
      const c: ClauseSpec = { label: "第7条", text: first + sole, general: [{ kind: "liability_cap" }] };
      const f = dmg01([c], TOS);
      expect(f?.status).toBe("partial");
      expect(f?.evidence.map((e) => e.quote)).toEqual([sole]);
    });
    it("a general disclaimer → conflict even without incident words", () => {
      expect(
        dmg01(
          [
            general(
              "当社は、本サービスに関してユーザーに生じた損害について一切責任を負いません。",
              "liability_disclaimer",
            ),
          ],
          TOS,
        )?.status,
      ).toBe("conflict");
    });
    it("general provisions do not count in a document that handles no information", () => {
      expect(
        dmg01(
          [general("甲又は乙は、相手方に損害を与えたときは、その損害を賠償する。", "general_damages")],
          undefined,
          false,
        )?.status,
      ).toBe("missing");
    });
  });
});

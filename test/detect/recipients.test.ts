// Who a notice goes to decides its topic: the counterparty (reporting), individuals (subject_notice).
import { describe, expect, it } from "vitest";
import { analyzeClauses } from "../../src/analyze-clauses.js";
import { makeDocument } from "../helpers/clauses.js";

const parties = [
  { alias: "当社", role: "handler" as const },
  { alias: "会員", role: "discloser" as const },
];

describe("recipients", () => {
  it("a 会員 defined as the counterparty is reported to (reporting), an undefined one is notified (subject_notice)", async () => {
    const defined = await analyzeClauses(
      makeDocument(
        [
          "本規約において「会員」とは、当社所定の手続により登録した者をいう。",
          "当社は、会員の登録情報が流出したときは、速やかに会員に通知します。",
        ],
        { parties },
      ),
    );
    expect(defined.clauses[1]?.topics.map((t) => t.topic)).toEqual(["reporting"]);
    const plain = await analyzeClauses(
      makeDocument(["当社は、会員の登録情報が流出したときは、速やかに会員に通知します。"], { parties }),
    );
    expect(plain.clauses[0]?.topics.map((t) => t.topic)).toEqual(["subject_notice"]);
  });
});

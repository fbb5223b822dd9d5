import { describe, expect, it } from "vitest";
import { actorClassifier, roleTable } from "../../src/compare/actors.js";
import { compareVocabulary } from "../../src/reference/vocabulary.js";
import type { ClauseSpec } from "../helpers/analyzed.js";
import { findingsOf } from "./run.js";

const conv = compareVocabulary().roleConventions;

describe("actor classes", () => {
  it("take the structure stage's roles first", () => {
    const classify = actorClassifier(
      roleTable(
        [
          { alias: "甲", role: "handler" },
          { alias: "乙", role: "discloser" },
        ],
        conv,
        "",
      ),
    );
    expect(classify("甲")).toBe("handler");
    expect(classify("乙")).toBe("discloser");
  });

  it.each([
    ["甲", "discloser"],
    ["受託者", "handler"],
    ["甲又は乙", "mutual"],
    ["甲及び乙", "mutual"],
    ["甲乙", "mutual"],
    ["mutual", "mutual"],
    ["従業者", "unknown"],
    [undefined, "unknown"],
  ] as const)("fall back on conventions: %s → %s", (actor, cls) => {
    expect(actorClassifier(roleTable([], conv, ""))(actor)).toBe(cls);
  });

  it("make 当社 the provider (handler) only where the document names its users", () => {
    expect(actorClassifier(roleTable([], conv, "当社はユーザーに通知します。"))("当社")).toBe("handler");
    expect(actorClassifier(roleTable([], conv, "当社の従業員は報告する。"))("当社")).toBe("unknown");
  });
});

describe("conflicts found without party roles from the structure stage", () => {
  it("terms of use: 当社 publishing at its own discretion is a PUB-02 conflict", () => {
    const c: ClauseSpec = {
      label: "第6条第2項",
      text: "当社は、必要と判断した範囲で、事故の事実をウェブサイトで公表することがあります。ユーザーへの通知は別途行います。",
      topics: ["publication"],
      obligations: [
        { topic: "publication", quote: "公表することがあります", actor: "当社", modality: "statement" },
      ],
    };
    expect(findingsOf({ parties: [], clauses: [c] }).get("PUB-02")?.status).toBe("conflict");
  });

  it("委託者が負担 for the incident's cost is a CST-02 conflict", () => {
    const c: ClauseSpec = {
      label: "第7条",
      text: "前条の事故の対応に要する費用は、委託者が負担する。",
      topics: ["cost"],
    };
    expect(findingsOf({ parties: [], clauses: [c] }).get("CST-02")?.status).toBe("conflict");
  });
});

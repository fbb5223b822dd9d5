import { beforeAll, describe, expect, it } from "vitest";
import type { Sentence } from "../../src/core/types.js";
import { getLexicon } from "../../src/lexicon/load.js";
import { getTokenizer, type KuromojiTokenizer, tokenizeSpan } from "../../src/nlp/index.js";
import { predicateAfter } from "../../src/nlp/predicate.js";

let tokenizer: KuromojiTokenizer;
beforeAll(async () => {
  tokenizer = await getTokenizer();
});

/** The predicate governing the first occurrence of `cue` in `text`. */
function predicate(text: string, cue: string) {
  const sentence: Sentence = {
    span: { start: 0, end: text.length },
    tokens: tokenizeSpan(tokenizer, text, { start: 0, end: text.length }),
  };
  return predicateAfter(getLexicon().modality, sentence, text.indexOf(cue) + cue.length);
}

describe("predicateAfter: modality from the token stream", () => {
  it.each([
    ["乙は、直ちに甲に報告し、甲の指示に従わなければならない。", "報告", "must", "する"],
    ["乙は、甲に報告するものとする。", "報告", "must", "する"],
    ["当社は、直ちにユーザーに報告します。", "報告", "statement", "する"],
    ["甲は、当該事故に関する情報を公表することができる。", "公表", "may", "する"],
    [
      "前項ただし書により開示を行う場合、事前に相手方へ通知するよう努めるものとする。",
      "通知",
      "endeavor",
      "する",
    ],
    ["乙は、個人情報を第三者に開示してはならない。", "開示", "must_not", "する"],
    ["当社は、一切責任を負わないものとします。", "責任を負わない", "must_not", "負う"],
    ["乙は、速やかに甲に報告し、復旧に努めるものとする。", "報告", "must", "する"],
    // 「行う義務」: 行う modifies 義務, so the predicate is 負わず (negated).
    ["当社は、その復旧を行う義務を負わず、責任を負いません。", "復旧", "must_not", "負う"],
    ["(1) 漏えい等の有無を調査すること。", "調査", "must", "する"],
  ])("%s [%s] → %s", (text, cue, modality, verb) => {
    const p = predicate(text, cue);
    expect(p.modality).toBe(modality);
    expect(p.verb).toBe(verb);
  });

  it("flags a report in a condition (報告した場合) and a purpose (実施するため)", () => {
    expect(predicate("乙が甲に報告した場合、甲は確認する。", "報告").subordinate).toBe(true);
    expect(predicate("措置を実施するために、計画を定めなければならない。", "措置を").subordinate).toBe(true);
    expect(predicate("乙は甲に報告しなければならない。", "報告").subordinate).toBe(false);
  });

  it("follows coordinated verbs to a condition: 了し、決定している場合", () => {
    expect(predicate("事実関係の調査を了し、再発防止策を決定している場合", "調査").conditional).toBe(true);
    expect(predicate("事実関係を調査し、その結果を報告しなければならない。", "調査").conditional).toBe(false);
    expect(predicate("乙は調査を行い、漏えいが発生した場合には報告する。", "調査").conditional).toBe(false);
  });

  it("skips relative-clause verbs: 記載した書面を提出する", () => {
    expect(predicate("次の事項を記載した書面を甲に提出しなければならない。", "事項").verb).toBe("する");
    expect(predicate("原因を生じさせた当事者が負担する。", "原因").verb).toBe("する");
  });
});

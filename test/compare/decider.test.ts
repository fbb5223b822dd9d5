// PUB-02 by who decides (compare/decider.ts) and internal rules where the institution decides itself
// (LABELING.md: requirements between two parties are judged on what the rule makes its departments do).
import { describe, expect, it } from "vitest";
import { isInternalRules } from "../../src/compare/internal.js";
import type { Status } from "../../src/core/ids.js";
import type { ContractDocument, Party } from "../../src/core/types.js";
import { compareVocabulary } from "../../src/reference/vocabulary.js";
import type { ClauseSpec, ObligationSpec } from "../helpers/analyzed.js";
import { findingsOf, statusesOf } from "./run.js";

const TERMS: readonly Party[] = [
  { alias: "当社", role: "handler" },
  { alias: "ユーザー", role: "discloser" },
];
const RULES: readonly Party[] = [
  { alias: "当社", role: "discloser" },
  { alias: "従業者", role: "handler" },
];

const pub = (text: string, obligations: ObligationSpec[] = []): ClauseSpec => ({
  label: "第8条",
  heading: "公表",
  text,
  topics: [{ topic: "publication", cue: "公表" }],
  obligations,
});

describe("compare: PUB-02 by who decides", () => {
  const cases: Array<[string, readonly Party[], ClauseSpec, Status]> = [
    ["rules: the president decides", RULES, pub("事故の公表は、社長が決定する。"), "met"],
    [
      "rules: a committee judges whether to publish",
      RULES,
      pub("公表の要否は情報セキュリティ委員会が判断する。"),
      "met",
    ],
    [
      "rules: a statement with no subject is the institution's",
      RULES,
      pub("事案に応じて、事実関係の公表その他の措置を講ずる。", [
        { topic: "publication", quote: "講ずる", modality: "statement" },
      ]),
      "met",
    ],
    [
      "terms: the provider decides the time and manner",
      TERMS,
      pub("事故の公表の時期及び方法は、当社が決定します。"),
      "conflict",
    ],
    [
      "terms: at the provider's own judgement",
      TERMS,
      pub("当社は、必要と判断したときは、事故の概要を公表します。当社が必要と判断した範囲に限ります。"),
      "conflict",
    ],
    [
      "terms: after consulting the user",
      TERMS,
      pub("当社は、事故を公表する場合には、あらかじめユーザーと協議します。"),
      "met",
    ],
    [
      "terms: with the user's consent",
      TERMS,
      pub("当社は、ユーザーの同意を得て事故の事実を公表します。"),
      "met",
    ],
    [
      "terms: without the user's consent (a negated consent is none)",
      TERMS,
      pub("当社は、ユーザーの同意なく事故の事実を公表することができます。", [
        { topic: "publication", quote: "公表することができます", actor: "当社", modality: "may" },
      ]),
      "conflict",
    ],
    [
      "contract: the client's instruction",
      undefined as never,
      pub("乙は、甲の指示に従い事故を公表する。"),
      "met",
    ],
    [
      "contract: an organ of neither party named → who decides is unclear",
      undefined as never,
      pub("事故の公表の要否は、情報セキュリティ委員会が判断する。"),
      "partial",
    ],
    [
      "contract: an organ of the client decides",
      undefined as never,
      pub("事故の公表の要否は、甲の情報セキュリティ委員会が判断する。"),
      "met",
    ],
    [
      "contract: a party heard first (乙の意見を聴いて) does not own the deciding organ",
      undefined as never,
      pub("事故の公表の要否は、乙の意見を聴いて情報セキュリティ委員会が判断する。"),
      "partial",
    ],
    [
      "contract: the client's committee named with に関する",
      undefined as never,
      pub("事故の公表の要否は、甲の情報管理に関する委員会が判断する。"),
      "met",
    ],
    [
      "contract: the law is no decider",
      undefined as never,
      pub("事故は、法令の定めにより公表する。"),
      "missing",
    ],
  ];
  it.each(cases)("%s", (_n, parties, clause, expected) => {
    const spec = parties ? { parties, clauses: [clause] } : { clauses: [clause] };
    expect(statusesOf(spec, ["PUB-02"])).toEqual({ "PUB-02": expected });
  });

  it("names the vendor-alone reason in the message", () => {
    const f = findingsOf({ parties: TERMS, clauses: [pub("公表の時期は当社が決定します。")] }).get("PUB-02");
    expect(f?.message.ja).toContain("単独で");
  });
});

describe("compare: internal rules count the institution's own duties", () => {
  it("a subcontractor flow-down stated by the institution meets SBC-02 in its rules, not in a contract", () => {
    const flow: ClauseSpec = {
      label: "第5条",
      text: "当社は、個人情報の取扱いを外部に委託するときは、委託先に同等の安全管理措置を講じさせる。",
      topics: [{ topic: "subcontractor", cue: "委託先" }],
      obligations: [{ topic: "subcontractor", quote: "講じさせる", actor: "当社" }],
    };
    expect(statusesOf({ parties: RULES, clauses: [flow] }, ["SBC-02"])).toEqual({ "SBC-02": "met" });
    // In terms of service where 当社 is the user (discloser), its own flow-down binds no handler.
    const asUser: readonly Party[] = [
      { alias: "当社", role: "discloser" },
      { alias: "受託者", role: "handler" },
    ];
    expect(statusesOf({ parties: asUser, clauses: [flow] }, ["SBC-02"])).toEqual({ "SBC-02": "missing" });
  });
});

describe("compare: rules that govern contractors stay internal rules", () => {
  const doc = (title: string | undefined, parties: readonly Party[]) =>
    ({ ...(title ? { title } : {}), parties }) as unknown as ContractDocument;
  const withVendor: readonly Party[] = [
    { alias: "当院", role: "discloser" },
    { alias: "委託先", role: "handler" },
  ];
  it("a rules title that names the institution keeps 委託先 as a governed contractor (blind round r)", () => {
    expect(isInternalRules(doc("診療情報管理規則", withVendor), compareVocabulary())).toBe(true);
  });
  it("without a rules title, or with a vendor alias that is a party (乙), it is a contract", () => {
    expect(isInternalRules(doc("業務委託契約書", withVendor), compareVocabulary())).toBe(false);
    const contract: readonly Party[] = [
      { alias: "当院", role: "discloser" },
      { alias: "乙", role: "handler" },
    ];
    expect(isInternalRules(doc("診療情報管理規則", contract), compareVocabulary())).toBe(false);
  });
});

describe("compare: PUB-03 concerns information about the incident", () => {
  it("a plain confidentiality sentence in a publication clause is no incident-disclosure rule", () => {
    const c: ClauseSpec = {
      label: "第6条",
      text: "乙は、事故の公表について甲と協議する。乙は、秘密情報を甲の承諾なく第三者に開示しない。",
      topics: [{ topic: "publication", cue: "公表" }],
    };
    expect(statusesOf({ clauses: [c] }, ["PUB-03"])).toEqual({ "PUB-03": "missing" });
    const incident = {
      ...c,
      text: "乙は、事故の公表について甲と協議する。乙は、当該事故に関する情報を甲の承諾なく第三者に開示しない。",
    };
    expect(statusesOf({ clauses: [incident] }, ["PUB-03"])).toEqual({ "PUB-03": "met" });
  });
});

// Extraction cases: a clause, the topic of the duty, and the attributes expected on it (checked by hand).
import type { Obligation } from "../../src/report/schema.js";

export interface ObligationCase {
  readonly text: string;
  readonly topic: Obligation["topic"];
  /** Which of the topic's obligations (document order); 0 when omitted. */
  readonly nth?: number;
  readonly expected: Partial<Obligation>;
  readonly why: string;
}

export const cases: readonly ObligationCase[] = [
  {
    text: "職員は、所管する顧客情報の漏えいが生じ、又はその兆しがあると気づいたときは、遅滞なく上長に報告する。",
    topic: "reporting",
    expected: {
      trigger: { actual: true, suspected: true },
      timing: { level: "without_delay", text: "遅滞なく" },
    },
    why: "その兆しがある (signs of it) is a suspected incident like そのおそれがある",
  },
  {
    text: "受託者は、預託データの改ざんの兆しを察知したときは、速やかに委託者に連絡する。",
    topic: "reporting",
    expected: { trigger: { actual: true, suspected: true } },
    why: "兆しを察知 (noticing signs) is a suspected incident like 兆候を把握",
  },
  {
    text: "受託者は、委託情報の漏えい又はそのおそれを認めたときは、速やかに委託者に報告する。",
    topic: "reporting",
    expected: { trigger: { actual: true, suspected: true } },
    why: "おそれを認めた is a suspected incident like おそれを知った",
  },
  {
    text: "受託者は、委託情報の漏えいが生じたときは、その原因が受託者にあるか否かにかかわらず、直ちに委託者に報告しなければならない。",
    topic: "reporting",
    expected: { fault: "regardless", contents: [] },
    why: "…か否かにかかわらず around the cause: regardless (LABELING.md fault); 原因 there is no report item",
  },
  {
    text: "乙は、甲の顧客データの漏えいが生じたときは、乙の責めに帰すべき事由によるか否かを問わず、速やかに甲に通知する。",
    topic: "reporting",
    expected: { fault: "regardless" },
    why: "the 責めに帰すべき事由による inside 「…によるか否かを問わず」 is no fault condition",
  },
  {
    text: "乙は、個人情報の漏えい等の事故（個人情報保護法違反又はそのおそれのある事案を含む。）が発生した場合は、帰責の有無にかかわらず、直ちに甲に対して、当該事故に関わる個人情報の内容、件数、発生場所及び発生状況を書面により報告し、甲の指示に従わなければならない。",
    topic: "reporting",
    expected: {
      actor: "乙",
      recipient: "甲",
      action: "報告する",
      modality: "must",
      timing: { level: "immediately", text: "直ちに" },
      trigger: { actual: true, suspected: true },
      form: "written",
      contents: ["内容", "件数", "発生場所", "発生状況"],
      fault: "regardless",
    },
    why: "the full seed-000 pattern in our own words; おそれ inside the brackets is the trigger",
  },
  {
    text: "乙は、個人情報の漏えい等の事故が発生した場合は、直ちに甲に報告し、甲の指示に従わなければならない。",
    topic: "reporting",
    nth: 1,
    expected: { action: "指示に従う", recipient: "甲", modality: "must" },
    why: "the instruction duty is recorded as a reporting obligation of its own (RPT-06)",
  },
  {
    text: "受託者は、委託情報の漏えいを知ったときは、判明した時点から二十四時間以内に委託者に報告しなければならない。",
    topic: "reporting",
    expected: {
      timing: { level: "deadline", hours: 24, text: "二十四時間以内" },
      trigger: { actual: true, suspected: false },
      form: "unspecified",
    },
    why: "kanji digits; 時点 is not a condition end",
  },
  {
    text: "受託者は、委託情報の漏えい等を覚知した日から３営業日以内に、その概要を書面により委託者に報告する。",
    topic: "reporting",
    expected: {
      timing: { level: "deadline", hours: 72, text: "３営業日以内" },
      form: "written",
      modality: "statement",
    },
    why: "full-width digits and business days",
  },
  {
    text: "甲又は乙は、情報漏えい事故が発生し、又は発生のおそれを認識した場合には、速やかに相手方へ通知しなければならない。",
    topic: "reporting",
    expected: {
      actor: "mutual",
      recipient: "相手方",
      timing: { level: "promptly", text: "速やか" },
      trigger: { actual: true, suspected: true },
    },
    why: "a mutual duty binds both parties",
  },
  {
    text: "乙は、委託個人情報の漏えい事案が判明したときは、直ちに、書面により、判明日時、漏えいした情報の種類、影響を受ける本人の数及び推定される原因を甲に報告しなければならない。",
    topic: "reporting",
    expected: {
      timing: { level: "immediately", text: "直ちに" },
      form: "written",
      recipient: "甲",
      contents: ["発生日時", "対象情報の種類・範囲", "影響", "原因"],
    },
    why: "判明日時 is a report item, not a condition end (「…時、」): 直ちに stays in the duty's window (r07)",
  },
  {
    text: "乙は、個人情報の漏えいが判明した場合には、甲に対し、判明した時から四十八時間以内にその概要を報告し、その後の調査の進捗について随時報告しなければならない。",
    topic: "reporting",
    nth: 1,
    expected: { timing: { level: "none" } },
    why: "a later report (その後…随時) does not take the first report's deadline (k20)",
  },
  {
    text: "乙は、委託情報の誤送付が判明した場合には、できる限り速やかに甲に報告するよう努めるものとする。",
    topic: "reporting",
    expected: { modality: "endeavor", timing: { level: "promptly", text: "速やか" } },
    why: "an endeavour",
  },
  {
    text: "乙は、個人データの漏えいが発生したおそれがあるときは、直ちに甲に報告するとともに、個人情報保護委員会への報告について甲に協力する。",
    topic: "authority_report",
    expected: { action: "協力する", timing: { level: "none" } },
    why: "the second duty does not take the first one's timing (chunk after 「とともに、」)",
  },
  {
    text: "情報漏えい事故への対応に要した費用は、当該事故の原因を生じさせた当事者が負担するものとする。",
    topic: "cost",
    expected: { costBearer: "causing_party", modality: "must" },
    why: "the causing party bears the cost",
  },
  {
    text: "個人情報の漏えいに伴う対応費用の負担割合は、甲乙協議の上定める。",
    topic: "cost",
    expected: { costBearer: "consultation" },
    why: "consultation on the ratio",
  },
  {
    text: "個人データの漏えいにより生じた対応費用は、乙の負担とする。",
    topic: "cost",
    expected: { costBearer: "actor", actor: "乙" },
    why: "a named bearer becomes the actor",
  },
  {
    text: "乙は、乙の責めに帰すべき事由により甲の個人情報が漏えいしたときは、甲に生じた損害を賠償する。ただし、賠償額は委託料の総額を上限とする。",
    topic: "damages",
    expected: { fault: "fault_based", actor: "乙", action: "賠償する" },
    why: "fault-based damages; the proviso is an exception",
  },
  {
    text: "当社は、ユーザーデータの漏えいについて、当社に故意又は重大な過失がある場合を除き、一切の責任を負わないものとします。",
    topic: "damages",
    expected: {
      modality: "must_not",
      fault: "fault_based",
      exceptions: ["当社に故意又は重大な過失がある場合を除き"],
    },
    why: "a disclaimer with a carve-out",
  },
  {
    text: "乙は、委託データの漏えいを知ったときは、速やかに、次の事項を甲に報告する。\n（ア）　漏えいしたデータの件数\n（イ）　漏えいの原因",
    topic: "reporting",
    expected: { contents: ["件数", "原因"] },
    why: "items marked （ア）（イ） are the report's items",
  },
  {
    text: "乙は、個人情報の紛失が生じたときは、経緯、原因及び対応の状況を記した報告書を五日以内に甲に提出する。",
    topic: "reporting",
    expected: { contents: ["発生状況", "原因", "対策"] },
    why: "対応の状況 is what was done about the incident (a measures item), not a second 発生状況",
  },
];

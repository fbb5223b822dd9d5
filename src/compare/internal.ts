// Internal rules (規程): the institution owns the information and its departments and staff handle it
// (LABELING.md: requirements between two parties are judged on what the rule makes its departments,
// staff and contractors do; DESIGN.md Parties: the institution is the discloser in its own rules).
import type { ContractDocument } from "../core/types.js";
import type { Vocabulary } from "../reference/vocabulary.js";

/** Whether an alias names staff of the institution (職員等, 従業者), not a vendor. */
export function isStaff(alias: string, vocabulary: Vocabulary): boolean {
  return vocabulary.roleConventions.staff.some((w) => alias.includes(w));
}

/**
 * A document is internal rules when no party handles the information except staff (or, under a
 * rules title that names the institution, the contractors it governs), and the institution is named
 * as a party (当社, 機構) or the title says rules (規程, 規則, 方針).
 */
export function isInternalRules(document: ContractDocument, vocabulary: Vocabulary): boolean {
  const parties = document.parties;
  if (parties.some((p) => p.role === "mutual")) return false;
  const title = document.title ?? "";
  const rulesTitle = vocabulary.rulesTitle.some((w) => title.includes(w));
  const institution = parties.some((p) => p.role === "discloser");
  // 「個人情報取扱規程」 with an article on supervising 委託先: the contractors are governed by the rules.
  const governed = (alias: string) =>
    rulesTitle && institution && vocabulary.roleConventions.contractors.includes(alias);
  if (parties.some((p) => p.role === "handler" && !isStaff(p.alias, vocabulary) && !governed(p.alias)))
    return false;
  return institution || rulesTitle;
}

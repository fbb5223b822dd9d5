// Findings on real third-party files (../shared/real-files, skipped without them) that a lawyer's
// reading found wrong and compare now gets right. Only statuses and single words are asserted: no text
// of these files is copied into the project.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyzer.js";
import type { RequirementId } from "../../src/core/ids.js";
import { fromRoot } from "../../src/core/paths.js";
import type { Finding, GapReport } from "../../src/report/schema.js";

const dir = path.resolve(fromRoot(), "../shared/real-files");
const FILES = [
  "supota-confidentiality-pledge.pdf",
  "crossinfinity-corp-terms-webcapture.pdf",
  "mct-used-device-terms.pdf",
  "rois-privacy-regulation.pdf",
  "healthytech-work-rules-wps.docx",
  "rois-security-policy.pdf",
  "moriyoshi-outsourcing-basic-contract.docx",
] as const;

describe.skipIf(!existsSync(dir))("compare on real files", () => {
  const reports = new Map<string, GapReport>();
  beforeAll(async () => {
    for (const f of FILES) reports.set(f, await analyze(readFileSync(path.join(dir, f)), { name: f }));
  }, 120_000);
  const finding = (file: string, id: RequirementId): Finding =>
    reports.get(file)?.findings.find((f) => f.requirementId === id) as Finding;

  it("a confidentiality pledge: secrecy is no incident publication; 損害及び費用を補償 is quoted alone", () => {
    const file = "supota-confidentiality-pledge.pdf";
    expect(finding(file, "PUB-01").status).toBe("missing");
    expect(finding(file, "PUB-03").status).toBe("missing");
    for (const id of ["CST-01", "CST-02"] as const) {
      const quotes = finding(file, id).evidence.map((e) => e.quote);
      expect(quotes.length, id).toBeGreaterThan(0);
      for (const q of quotes) {
        expect(q, id).toContain("費用");
        expect(q, id).not.toContain("刑事");
      }
    }
  });

  it("terms: neither a warranty disclaimer nor the user's indemnity is the provider's disclaimer", () => {
    const f = finding("crossinfinity-corp-terms-webcapture.pdf", "DMG-01");
    for (const e of f.evidence) {
      expect(e.quote).not.toContain("保証を行いません");
      expect(e.quote).not.toContain("免責および補償");
    }
  });

  it("a security policy: publishing a contact point is no publication; a report received from an authority is no report to one", () => {
    const file = "rois-security-policy.pdf";
    for (const id of ["PUB-01", "PUB-02", "AUT-01"] as const)
      expect(finding(file, id).status, id).toBe("missing");
  });

  it("a basic contract: a cap on defect damages (瑕疵) is not the evidence of DMG-01", () => {
    const f = finding("moriyoshi-outsourcing-basic-contract.docx", "DMG-01");
    expect(["met", "partial"]).toContain(f.status);
    for (const e of f.evidence) expect(e.quote).not.toContain("瑕疵");
  });

  it("terms: a return-shipping cost is no incident cost (CST-01)", () => {
    expect(finding("mct-used-device-terms.pdf", "CST-01").status).toBe("missing");
  });

  it("internal rules: the institution decides on publication; プログラム holds no ログ; recurrence evidence in its own words", () => {
    const file = "rois-privacy-regulation.pdf";
    expect(finding(file, "PUB-02").status).toBe("met");
    expect(finding(file, "INV-03").status).toBe("missing");
    expect(finding(file, "REC-01").evidence[0]?.quote).toContain("再発防止");
  });

  it("work rules: 直ちに only for lost devices, 速やかに for leaks → RPT-02 partial", () => {
    expect(finding("healthytech-work-rules-wps.docx", "RPT-02").status).toBe("partial");
  });
});

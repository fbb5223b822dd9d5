// Golden cases: test/structure/cases/<NN-outcome--trigger>/{input.txt, options.json?, expected.json}.
// expected.json is written and checked by hand; UPDATE_SNAPSHOT=1 rewrites it for a human to review.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assertDocumentInvariants, assertOffsetMap } from "../../src/core/invariants.js";
import type { ContractDocument } from "../../src/core/types.js";
import { outline, parseText, type SourceOptions } from "../core/source-text.js";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "cases");

interface Expected {
  title?: string;
  outline: string[];
  clauses: { id: string; label: string; heading?: string; text: string }[];
  parties?: { alias: string; role?: string; name?: string }[];
  /** Diagnostic codes that must be among the document's. */
  diagnostics?: string[];
}

function actualOf(doc: ContractDocument, expected: Expected): Expected {
  const diagnostics = [...doc.normalized.diagnostics, ...doc.diagnostics].map((d) => d.code);
  return {
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    outline: outline(doc),
    clauses: doc.clauses.map((c) => ({
      id: c.id,
      label: c.label,
      ...(c.heading ? { heading: c.heading } : {}),
      text: c.text,
    })),
    ...(expected.parties
      ? {
          parties: doc.parties.map((p) => ({
            alias: p.alias,
            ...(p.role ? { role: p.role } : {}),
            ...(p.name ? { name: p.name } : {}),
          })),
        }
      : {}),
    ...(expected.diagnostics
      ? { diagnostics: expected.diagnostics.filter((c) => diagnostics.includes(c)) }
      : {}),
  };
}

describe("structure golden cases", () => {
  const cases = existsSync(dir) ? readdirSync(dir).sort() : [];
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(15));

  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(path.join(dir, name, "input.txt"), "utf8");
      const optionsFile = path.join(dir, name, "options.json");
      const options: SourceOptions = existsSync(optionsFile)
        ? JSON.parse(readFileSync(optionsFile, "utf8"))
        : {};
      const expectedFile = path.join(dir, name, "expected.json");
      const expected: Expected = JSON.parse(readFileSync(expectedFile, "utf8"));
      const doc = parseText(input, options);
      assertDocumentInvariants(doc);
      assertOffsetMap(doc.normalized);
      const actual = actualOf(doc, expected);
      if (process.env.UPDATE_SNAPSHOT) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(expected);
    });
  }
});

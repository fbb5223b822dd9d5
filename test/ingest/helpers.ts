// Shared helpers for the ingest tests: fixture bytes and a strict check of typed errors.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { ClausegapError, type ErrorCode } from "../../src/core/errors.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function fixture(relative: string): Buffer {
  return readFileSync(path.join(root, "fixtures", relative));
}

export const CONTRACT_TEXT = readFileSync(path.join(root, "fixtures/formats/contract.txt"), "utf8");

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Awaits `work` and checks it failed with a ClausegapError of `code` and sensible ja/en messages. */
export async function expectIngestError(work: Promise<unknown>, code: ErrorCode): Promise<ClausegapError> {
  let caught: unknown;
  try {
    await work;
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(ClausegapError);
  const error = caught as ClausegapError;
  expect(error.code).toBe(code);
  expect(error.messages.ja).toMatch(JAPANESE);
  expect(error.messages.ja.length).toBeGreaterThan(8);
  expect(error.messages.en).toMatch(/^[A-Z][^\n]{10,}[.)]$/);
  expect(error.messages.en).not.toMatch(/undefined|NaN|\[object/);
  expect(error.messages.ja).not.toMatch(/undefined|NaN|\[object/);
  return error;
}

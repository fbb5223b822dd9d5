// STUB loader (to be completed by the reference/compare work).
import type { ReferenceBaseline } from "./schema.js";

export type { ReferenceBaseline } from "./schema.js";

export function defaultBaseline(): ReferenceBaseline {
  return { name: "clausegap-default", version: "0.0.0", requirements: [] };
}

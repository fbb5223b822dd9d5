// A user's baseline from the `reference` part, validated exactly as the CLI's --reference file is
// (zod schema plus the cross-field rules of src/reference/validate.ts): INVALID_REFERENCE otherwise.
import { parseReference } from "../src/reference/index.js";
import type { ReferenceBaseline } from "../src/reference/schema.js";

export function referenceFromPart(text: string): ReferenceBaseline {
  return parseReference(text, "reference");
}

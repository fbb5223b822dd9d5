// A user's baseline from the `reference` part, validated like the CLI's --reference file.
import { ClausegapError } from "../src/core/errors.js";
import { type ReferenceBaseline, ReferenceBaselineSchema } from "../src/reference/schema.js";

const MAX_ISSUES_SHOWN = 3;

export function parseReference(json: unknown): ReferenceBaseline {
  const parsed = ReferenceBaselineSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, MAX_ISSUES_SHOWN)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new ClausegapError("INVALID_REFERENCE", { detail: issues.join("; ") });
}

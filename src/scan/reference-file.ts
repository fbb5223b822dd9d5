// Reads a user's --reference baseline: an unreadable file or an invalid one stops the scan before
// it starts (exit 2). TODO(reference work): use src/reference's loader once it exists.
import { readFile } from "node:fs/promises";
import { ClausegapError } from "../core/errors.js";
import type { ReferenceBaseline } from "../reference/index.js";
import { ReferenceBaselineSchema } from "../reference/schema.js";

export async function loadReferenceFile(file: string): Promise<ReferenceBaseline> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? "read error";
    throw new ClausegapError("FILE_UNREADABLE", { path: file, reason }, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ClausegapError("INVALID_REFERENCE", { detail: `${file}: not JSON` }, { cause: e });
  }
  const parsed = ReferenceBaselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${file}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`;
    throw new ClausegapError("INVALID_REFERENCE", { detail }, { cause: parsed.error });
  }
  return parsed.data;
}

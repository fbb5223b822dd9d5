// Where the package's own files live, whether running from src/ (tests) or dist/src/ (built).

import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
/** The package root: the folder holding package.json and dictionaries/. */
export const PACKAGE_ROOT: string = here.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(here, "../../..")
  : path.resolve(here, "../..");

export function fromRoot(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}

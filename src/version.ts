// The tool version, read once from package.json (reports and scan resumption record it).
import { readFileSync } from "node:fs";
import { fromRoot } from "./core/paths.js";

export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { version: string }
).version;

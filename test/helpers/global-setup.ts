// Builds dist/ once before the suite: worker-thread and child-process tests run the compiled code.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  if (process.env.CLAUSEGAP_SKIP_BUILD) return;
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "inherit",
  });
}

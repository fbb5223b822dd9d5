// Builds dist/ once before the suite: worker-thread and child-process tests run the compiled code.
// tsc emits even when some file has a type error; the type check itself is `npm run typecheck`.
import { spawnSync } from "node:child_process";

export default function setup(): void {
  if (process.env.CLAUSEGAP_SKIP_BUILD) return;
  spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "ignore",
  });
}

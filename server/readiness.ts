// The server's life cycle as /readyz reports it: starting (workers loading) → ready → stopping.
import type { AnalysisPool } from "../src/worker/pool.js";
import type { Readiness } from "./schemas.js";

export class ReadinessState {
  private state: Readiness["status"] = "starting";

  /** Becomes ready when every worker has its tokenizer loaded (unless already stopping). */
  constructor(private readonly pool: AnalysisPool) {
    pool.ready().then(
      () => {
        if (this.state === "starting") this.state = "ready";
      },
      () => {
        // Never ready: start.ts stops the server (it logs why).
      },
    );
  }

  get status(): Readiness["status"] {
    return this.state;
  }

  /** Called on SIGTERM: load balancers stop sending traffic while in-flight work finishes. */
  stopping(): void {
    this.state = "stopping";
  }

  snapshot(): Readiness {
    const { pool } = this;
    return { status: this.state, threads: pool.threads, queued: pool.queueSize, maxQueue: pool.maxQueue };
  }
}

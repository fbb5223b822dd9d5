// Starts the real server (createApp + listen on an ephemeral port) with a real worker pool.
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { pino } from "pino";
import { createApp } from "../../../server/app.js";
import { loadConfig, type ServerConfig } from "../../../server/config.js";
import { createMemoryStore } from "../../../server/store/memory-store.js";
import type { AnalysisStore } from "../../../server/store/types.js";
import { type AnalysisPool, createAnalysisPool, type PoolOptions } from "../../../src/worker/pool.js";

export interface TestServer {
  readonly url: string;
  readonly config: ServerConfig;
  readonly store: AnalysisStore;
  /** Every log line the server wrote, as text. */
  readonly logs: string[];
  close(): Promise<void>;
}

export function createTestPool(options: PoolOptions = {}): AnalysisPool {
  return createAnalysisPool({ threads: 2, maxQueue: 64, taskTimeoutMs: 60_000, ...options });
}

export interface StartOptions {
  /** Environment overrides, read by the real loadConfig. */
  readonly env?: Record<string, string>;
  readonly store?: AnalysisStore;
}

/** Serves `pool` (shared between servers of one test file; the caller destroys it). */
export async function startServer(pool: AnalysisPool, options: StartOptions = {}): Promise<TestServer> {
  const config = loadConfig({ CLAUSEGAP_STORE: "memory", LOG_LEVEL: "info", ...options.env });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString("utf8"));
      done();
    },
  });
  const logger = pino({ level: config.logLevel }, sink);
  const store = options.store ?? createMemoryStore();
  const app = createApp({ pool, store, config, logger });
  const server: Server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    store,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

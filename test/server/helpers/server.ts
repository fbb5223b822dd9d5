// Starts the real server (createApp + listen on an ephemeral port) with a real worker pool, for a
// whole test file or describe (serveForTests) or for one test (withServer).
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll } from "vitest";
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

function createTestPool(options: PoolOptions = {}): AnalysisPool {
  return createAnalysisPool({ threads: 2, maxQueue: 64, taskTimeoutMs: 60_000, ...options });
}

export interface StartOptions {
  /** Environment overrides, read by the real loadConfig. */
  readonly env?: Record<string, string>;
  readonly store?: AnalysisStore;
}

/** Serves `pool` (shared between servers of one test file; whoever made it destroys it). */
async function startServer(pool: AnalysisPool, options: StartOptions = {}): Promise<TestServer> {
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

export interface ServeOptions extends StartOptions {
  /** Options for a pool of the server's own, or a function giving another server's pool to borrow. */
  readonly pool?: PoolOptions | (() => AnalysisPool);
  /** Wait for the pool's threads to be warm before the tests run (default true). */
  readonly warm?: boolean;
}

/** A TestServer that its afterAll closes, with the pool it runs on. */
export interface ServedServer extends Omit<TestServer, "close"> {
  readonly pool: AnalysisPool;
}

/**
 * Registers beforeAll/afterAll in the calling file or describe: starts a server (and its own pool,
 * unless one is borrowed) before its tests, closes both after. Read the fields inside tests and hooks.
 */
export function serveForTests(options: ServeOptions = {}): ServedServer {
  let pool: AnalysisPool | undefined;
  let server: TestServer | undefined;
  const borrowed = typeof options.pool === "function";
  beforeAll(async () => {
    pool = typeof options.pool === "function" ? options.pool() : createTestPool(options.pool);
    server = await startServer(pool, options);
    if (options.warm !== false) await pool.ready();
  });
  afterAll(async () => {
    await server?.close();
    if (!borrowed) await pool?.destroy();
  });
  const started = () => {
    if (!server || !pool) throw new Error("serveForTests: the server is read before its beforeAll ran");
    return { server, pool };
  };
  return {
    get url() {
      return started().server.url;
    },
    get config() {
      return started().server.config;
    },
    get store() {
      return started().server.store;
    },
    get logs() {
      return started().server.logs;
    },
    get pool() {
      return started().pool;
    },
  };
}

/** A server for one test: started on `pool`, closed when `use` is done, whatever it threw. */
export async function withServer<T>(
  pool: AnalysisPool,
  options: StartOptions,
  use: (server: TestServer) => Promise<T>,
): Promise<T> {
  const server = await startServer(pool, options);
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

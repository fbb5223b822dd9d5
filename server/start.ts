// The server's start (loaded by main.ts): configuration from the environment, the worker pool, the
// store, listen(), and a graceful shutdown on SIGTERM/SIGINT (stop accepting, finish in-flight
// requests, stop the pool).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { createAnalysisPool } from "../src/worker/pool.js";
import { createApp } from "./app.js";
import { ConfigError, loadConfig, type ServerConfig } from "./config.js";
import { ReadinessState } from "./readiness.js";
import { createStore } from "./store/index.js";

const SHUTDOWN_GRACE_MS = 30_000;

function readConfig(): ServerConfig {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`clausegap server: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}

async function start(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.logLevel, base: { service: "clausegap" } });
  const pool = createAnalysisPool({
    threads: config.threads,
    maxQueue: config.maxQueue,
    taskTimeoutMs: config.timeoutMs,
    niceness: config.workerNiceness,
    onWorkerError: (err) => logger.error({ err }, "analysis worker failed"),
  });
  const store = await createStore(config);
  const readiness = new ReadinessState(pool);
  const app = createApp({ pool, store, config, logger, readiness });
  const server = app.listen(config.port, config.host ?? "::", () => {
    const { port } = server.address() as AddressInfo; // PORT=0 picks a free port: say which
    logger.info({ port, threads: pool.threads, store: config.store }, "listening");
  });
  const slow = setTimeout(() => logger.warn("workers still not ready after 60 s"), 60_000);
  slow.unref();
  const stop = (signal: string) => void shutdown(server, readiness, pool.destroy, logger, signal);
  pool.ready().then(
    () => {
      clearTimeout(slow);
      const { threads, sharingDictionary } = pool;
      // ms: since the process started (performance.now()'s origin): the cold start.
      logger.info({ ms: Math.round(performance.now()), threads, sharingDictionary }, "ready");
    },
    (err: unknown) => {
      // No worker can analyse (the dictionary files are missing or damaged): a server that would
      // answer every upload with 500 is better stopped, so that its supervisor says why.
      clearTimeout(slow);
      logger.fatal({ err }, "workers could not load the tokenizer: stopping");
      process.exitCode = 1;
      stop("TOKENIZER_UNAVAILABLE");
    },
  );
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

async function shutdown(
  server: Server,
  readiness: ReadinessState,
  destroyPool: () => Promise<void>,
  logger: pino.Logger,
  signal: string,
): Promise<void> {
  logger.info({ signal }, "shutting down: finishing in-flight requests");
  readiness.stopping();
  const force = setTimeout(() => {
    logger.warn("in-flight requests did not finish in time; closing connections");
    server.closeAllConnections();
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await destroyPool();
  logger.info("stopped");
}

start().catch((e: unknown) => {
  process.stderr.write(`clausegap server: could not start (${(e as Error).message})\n`);
  process.exit(1);
});

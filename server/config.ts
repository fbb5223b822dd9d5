// Environment → validated server configuration (zod); a bad variable stops start-up with a clear message.
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: "expected a number" })
    .int({ error: "expected a whole number" })
    .min(min, { error: `expected at least ${min}` })
    .max(max, { error: `expected at most ${max}` });

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no"], { error: "expected 0/1, true/false or yes/no" })
  .transform((v) => v === "1" || v === "true" || v === "yes");

/** The variables we read, their defaults and limits. Documented in docs/api.md. */
const EnvSchema = z.object({
  PORT: int(0, 65_535).default(8080),
  HOST: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  CLAUSEGAP_API_KEY: z.string().min(16, { error: "use at least 16 characters" }).optional(),
  CLAUSEGAP_STORE: z.enum(["fs", "memory"]).default("fs"),
  CLAUSEGAP_DATA_DIR: z.string().default("./data/analyses"),
  CLAUSEGAP_KEEP_DOCUMENTS: flag.default(false),
  CLAUSEGAP_THREADS: int(1, 256).optional(),
  CLAUSEGAP_WORKER_NICE: int(0, 19).default(5),
  CLAUSEGAP_MAX_QUEUE: int(0, 100_000).default(64),
  CLAUSEGAP_TIMEOUT_MS: int(100).default(60_000),
  CLAUSEGAP_MAX_BYTES: int(1).default(20_000_000),
  CLAUSEGAP_MAX_REFERENCE_BYTES: int(1).default(1_000_000),
  CLAUSEGAP_RETRY_AFTER_S: int(1, 3600).default(5),
});

export interface ServerConfig {
  readonly port: number;
  readonly host?: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** When set, every /v1 route needs `Authorization: Bearer <apiKey>`. */
  readonly apiKey?: string;
  readonly store: "fs" | "memory";
  /** Absolute path of the JSON-file store. */
  readonly dataDir: string;
  /** Keep document.text and provisions[].text in stored reports (off: contracts are confidential). */
  readonly keepDocuments: boolean;
  readonly threads: number;
  /** How much lower the analysis threads' priority is than the HTTP thread's (nice increment). */
  readonly workerNiceness: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;
  /** Largest upload (file part or raw body), bytes. */
  readonly maxBytes: number;
  /** Largest `reference` JSON part, bytes. */
  readonly maxReferenceBytes: number;
  /** Retry-After sent with 503 responses, seconds. */
  readonly retryAfterSeconds: number;
}

/** Thrown for a bad environment; its message lists every bad variable (no stack is needed). */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Reads the configuration from `env`; empty variables count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const present = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((key) => {
      const value = env[key]?.trim();
      return value ? [[key, value]] : [];
    }),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    apiKey: e.CLAUSEGAP_API_KEY,
    store: e.CLAUSEGAP_STORE,
    dataDir: path.resolve(e.CLAUSEGAP_DATA_DIR),
    keepDocuments: e.CLAUSEGAP_KEEP_DOCUMENTS,
    threads: e.CLAUSEGAP_THREADS ?? availableParallelism(),
    workerNiceness: e.CLAUSEGAP_WORKER_NICE,
    maxQueue: e.CLAUSEGAP_MAX_QUEUE,
    timeoutMs: e.CLAUSEGAP_TIMEOUT_MS,
    maxBytes: e.CLAUSEGAP_MAX_BYTES,
    maxReferenceBytes: e.CLAUSEGAP_MAX_REFERENCE_BYTES,
    retryAfterSeconds: e.CLAUSEGAP_RETRY_AFTER_S,
  };
}

// Scan progress on stderr: a bar on a terminal (cli-progress), plain periodic lines otherwise
// (CI logs, pipes), nothing with --quiet.
import cliProgress from "cli-progress";
import type { ScanProgress } from "./run.js";
import type { ScanRow } from "./summary/schema.js";

export type ProgressMode = "bar" | "lines" | "none";

export interface ProgressOptions {
  readonly mode: ProgressMode;
  /** Where the bar draws (a TTY). */
  readonly stream?: NodeJS.WritableStream;
  /** Where plain lines go. */
  readonly write?: (text: string) => void;
  /** Least time between two plain lines (default 5 s). */
  readonly intervalMs?: number;
}

class Counter {
  done = 0;
  failed = 0;
  total = 0;
  private readonly startMs = Date.now();

  add(row: ScanRow): void {
    this.done++;
    if (row.status === "failed") this.failed++;
  }

  rate(): number {
    const seconds = (Date.now() - this.startMs) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  line(): string {
    const rate = this.rate();
    const eta = rate > 0 ? `${Math.ceil((this.total - this.done) / rate)} s` : "?";
    return `clausegap scan: ${this.done}/${this.total} files, ${this.failed} failed, ${rate.toFixed(1)} files/s, ETA ${eta}\n`;
  }
}

function barProgress(stream: NodeJS.WritableStream): ScanProgress {
  const counter = new Counter();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | failed {failed}",
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start(total) {
      counter.total = total;
      bar.start(total, 0, { rate: "0.0", failed: 0 });
    },
    file(row) {
      counter.add(row);
      bar.update(counter.done, { rate: counter.rate().toFixed(1), failed: counter.failed });
    },
    stop: () => bar.stop(),
  };
}

function lineProgress(write: (text: string) => void, intervalMs: number): ScanProgress {
  const counter = new Counter();
  let last = Date.now();
  return {
    start(total) {
      counter.total = total;
      write(`clausegap scan: ${total} files\n`);
    },
    file(row) {
      counter.add(row);
      if (Date.now() - last < intervalMs) return;
      last = Date.now();
      write(counter.line());
    },
    stop: () => write(counter.line()),
  };
}

const silent: ScanProgress = { start() {}, file() {}, stop() {} };

export function createProgress(options: ProgressOptions): ScanProgress {
  if (options.mode === "bar" && options.stream) return barProgress(options.stream);
  if (options.mode === "lines" && options.write)
    return lineProgress(options.write, options.intervalMs ?? 5000);
  return silent;
}

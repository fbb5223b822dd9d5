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

  line(final = false): string {
    const rate = this.rate();
    const eta = rate > 0 ? `ETA ${Math.ceil((this.total - this.done) / rate)} s` : "ETA ?";
    const when = final ? `in ${((Date.now() - this.startMs) / 1000).toFixed(1)} s` : eta;
    return `clausegap scan: ${this.done}/${this.total} files, ${this.failed} failed, ${rate.toFixed(1)} files/s, ${when}\n`;
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
  let open = false;
  const close = () => {
    if (open) bar.stop();
    open = false;
  };
  return {
    start(total) {
      counter.total = total;
      bar.start(total, 0, { rate: "0.0", failed: 0 });
      open = true;
    },
    file(row) {
      counter.add(row);
      if (open) bar.update(counter.done, { rate: counter.rate().toFixed(1), failed: counter.failed });
    },
    notice(text) {
      close(); // a bar redraws its own line: text written under it would be overwritten
      stream.write(text);
    },
    stop: close,
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
    notice: write,
    stop: () => write(counter.line(true)),
  };
}

/** --quiet: no progress, but a notice (such as the Ctrl-C one) still reaches stderr. */
function silentProgress(write?: (text: string) => void): ScanProgress {
  return { start() {}, file() {}, notice: (text) => write?.(text), stop() {} };
}

export function createProgress(options: ProgressOptions): ScanProgress {
  if (options.mode === "bar" && options.stream) return barProgress(options.stream);
  if (options.mode === "lines" && options.write)
    return lineProgress(options.write, options.intervalMs ?? 5000);
  return silentProgress(options.write);
}

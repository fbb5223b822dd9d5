// Ctrl-C and SIGTERM during a scan: the first stops dispatching (files in flight are finished and
// written, then the summary of what is done); a second one ends the process at once. Reports are
// written by rename, so the ones already on disk stay whole either way.
export interface SignalGuard {
  readonly signal: AbortSignal;
  /** The signal that stopped the scan, if any. */
  readonly received: () => NodeJS.Signals | undefined;
  /** Removes the handlers (the scan is over). */
  dispose(): void;
}

/** Conventional exit status of a process ended by a signal: 128 + its number. */
export const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

export function guardSignals(onFirst?: (signal: NodeJS.Signals) => void): SignalGuard {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const handler = (signal: NodeJS.Signals) => {
    if (received) process.exit(SIGNAL_EXIT[signal] ?? 130); // the second signal: abort at once
    received = signal;
    onFirst?.(signal);
    controller.abort();
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    signal: controller.signal,
    received: () => received,
    dispose() {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    },
  };
}

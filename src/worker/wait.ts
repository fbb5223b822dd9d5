// Waiting on shared memory without blocking the thread: Atomics.waitAsync (ES2024, Node ≥ 16; the
// project's lib is ES2023, hence the local type).
type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
) => { async: boolean; value: Promise<string> | string };

/** Resolves once `array[0]` is no longer `value` (at once if it already is not). */
export async function waitAtomic(array: Int32Array, value: number): Promise<void> {
  const wait = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync(array, 0, value);
  if (!wait.async) return;
  // A pending waitAsync does not keep the thread's event loop alive: with nothing else to do, the
  // thread would end mid-wait (exit 13, "unsettled top-level await"). A timer keeps it alive.
  const keepAlive = setInterval(() => {}, 60_000);
  try {
    await wait.value;
  } finally {
    clearInterval(keepAlive);
  }
}

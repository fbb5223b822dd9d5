// The shape every normalisation pass returns: its output text, the map back to its input, a count.
import type { EditMap } from "../core/offset-map.js";

export interface PassResult {
  readonly text: string;
  /** Maps this pass's output offsets back to its input offsets. */
  readonly map: EditMap;
  /** How many repairs the pass made (for the diagnostics). */
  readonly changes: number;
}

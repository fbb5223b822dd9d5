// placeholder
import type { Party } from "../core/types.js";
export function findParties(_text: string): Party[] {
  return [];
}

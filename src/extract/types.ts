// Shapes shared by the extractors (the Obligation itself is the zod type of report/schema.ts).
import type { Obligation } from "../report/schema.js";

export type Timing = NonNullable<Obligation["timing"]>;
export type Trigger = NonNullable<Obligation["trigger"]>;

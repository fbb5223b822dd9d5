// STUB schema of the reference baseline (to be completed by the reference/compare work).
import { z } from "zod";
import { RequirementIdSchema, SeveritySchema, TopicIdSchema } from "../core/ids.js";

export const RequirementSchema = z.object({
  id: RequirementIdSchema,
  topic: TopicIdSchema,
  title: z.object({ ja: z.string(), en: z.string() }),
  severity: SeveritySchema,
});

export const ReferenceBaselineSchema = z.object({
  name: z.string(),
  version: z.string(),
  requirements: z.array(RequirementSchema),
});
export type ReferenceBaseline = z.infer<typeof ReferenceBaselineSchema>;

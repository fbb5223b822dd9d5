// Reads a labelled folder: labels.jsonl (DESIGN.md "Labelled data"), one JSON object per line.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import {
  FaultSchema,
  RequirementIdSchema,
  StatusSchema,
  TimingLevelSchema,
  TopicIdSchema,
} from "../core/ids.js";

export const ClauseAttributesSchema = z
  .object({
    "reporting.timing": TimingLevelSchema,
    "reporting.suspected": z.boolean(),
    "reporting.written": z.boolean(),
    "reporting.instructions": z.boolean(),
    fault: FaultSchema,
  })
  .partial();
export type ClauseAttributes = z.infer<typeof ClauseAttributesSchema>;
export type AttributeKey = keyof ClauseAttributes;

const ClauseLabelSchema = z.object({
  file: z.string(),
  kind: z.literal("clause"),
  topics: z.array(TopicIdSchema),
  attributes: ClauseAttributesSchema.default({}),
});
const DocLabelSchema = z.object({
  file: z.string(),
  kind: z.literal("doc"),
  requirements: z.partialRecord(RequirementIdSchema, z.array(StatusSchema).min(1)),
});
export const LabelSchema = z.discriminatedUnion("kind", [ClauseLabelSchema, DocLabelSchema]);
export type Label = z.infer<typeof LabelSchema>;
export type ClauseLabel = z.infer<typeof ClauseLabelSchema>;
export type DocLabel = z.infer<typeof DocLabelSchema>;

/** Every `labels.jsonl` line, validated; a bad line is reported with its line number. */
export async function readLabels(folder: string): Promise<Label[]> {
  const file = path.join(folder, "labels.jsonl");
  const lines = (await readFile(file, "utf8")).split(/\r?\n/);
  const labels: Label[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = LabelSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${z.prettifyError(parsed.error)}`);
    labels.push(parsed.data);
  });
  return labels;
}

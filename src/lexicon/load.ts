// Loads dictionaries/lexicon/*.json once per process, validates them with zod, compiles and freezes.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { ClausegapError } from "../core/errors.js";
import { TOPIC_IDS, type TopicId } from "../core/ids.js";
import { fromRoot } from "../core/paths.js";
import { type Compiled, compileEntry } from "./matcher.js";
import {
  ActorEntrySchema,
  type BaseEntry,
  BaseEntrySchema,
  ContentEntrySchema,
  CostBearerEntrySchema,
  FaultEntrySchema,
  FormEntrySchema,
  fileSchema,
  GeneralEntrySchema,
  INCIDENT_GROUPS,
  IncidentEntrySchema,
  ModalityEntrySchema,
  NonDutyEntrySchema,
  RecipientEntrySchema,
  TimingEntrySchema,
  TopicEntrySchema,
} from "./schema.js";

type Entry<S extends z.ZodTypeAny> = z.infer<S>;
type IncidentGroup = (typeof INCIDENT_GROUPS)[number];

/** The validated, compiled, immutable lexicon. */
export interface Lexicon {
  readonly incident: Readonly<Record<IncidentGroup, readonly Compiled<Entry<typeof IncidentEntrySchema>>[]>>;
  readonly modality: readonly Entry<typeof ModalityEntrySchema>[];
  readonly timing: readonly Compiled<Entry<typeof TimingEntrySchema>>[];
  readonly fault: readonly Compiled<Entry<typeof FaultEntrySchema>>[];
  readonly contents: readonly Compiled<Entry<typeof ContentEntrySchema>>[];
  readonly form: readonly Compiled<Entry<typeof FormEntrySchema>>[];
  readonly costBearer: readonly Compiled<Entry<typeof CostBearerEntrySchema>>[];
  readonly exceptions: readonly Compiled<BaseEntry>[];
  readonly recipients: readonly Compiled<Entry<typeof RecipientEntrySchema>>[];
  readonly actors: readonly Compiled<Entry<typeof ActorEntrySchema>>[];
  readonly general: readonly Compiled<Entry<typeof GeneralEntrySchema>>[];
  readonly nonDuty: readonly Compiled<Entry<typeof NonDutyEntrySchema>>[];
  readonly topics: Readonly<Record<TopicId, readonly Compiled<Entry<typeof TopicEntrySchema>>[]>>;
}

/** The lexicon files, relative to dictionaries/lexicon/ (plus topics/<id>.json, one per TopicId). */
export const LEXICON_FILES = [
  "incident.json",
  "modality.json",
  "timing.json",
  "contents.json",
  "form.json",
  "cost-bearer.json",
  "exceptions.json",
  "recipients.json",
  "actors.json",
  "general.json",
  "non-duty.json",
] as const;

export function lexiconPath(file: string): string {
  return fromRoot("dictionaries", "lexicon", file);
}

function readFile<S extends z.ZodTypeAny>(file: string, entry: S): Entry<S>[] {
  const where = `dictionaries/lexicon/${file}`;
  try {
    const parsed = fileSchema(entry).parse(JSON.parse(readFileSync(lexiconPath(file), "utf8")));
    return (parsed.entries as Entry<S>[]).filter((e) => !(e as { disabled?: boolean }).disabled);
  } catch (e) {
    throw new ClausegapError("INTERNAL_ERROR", { detail: where }, { cause: e });
  }
}

const compiled = <E extends BaseEntry>(entries: E[]): Compiled<E>[] => entries.map(compileEntry);

function groupIncident(entries: Compiled<Entry<typeof IncidentEntrySchema>>[]): Lexicon["incident"] {
  const out = Object.fromEntries(INCIDENT_GROUPS.map((g) => [g, [] as typeof entries])) as Record<
    IncidentGroup,
    typeof entries
  >;
  for (const e of entries) out[e.group].push(e);
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !(value instanceof RegExp) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Reads and validates every file (no caching: see getLexicon). */
export function loadLexicon(): Lexicon {
  // topics/fault.json carries a value per entry (regardless | fault_based); the others are cue lists.
  const fault = compiled(readFile("topics/fault.json", FaultEntrySchema));
  const topics = Object.fromEntries(
    TOPIC_IDS.map((t) => [
      t,
      t === "fault" ? fault : compiled(readFile(`topics/${t}.json`, TopicEntrySchema)),
    ]),
  ) as unknown as Lexicon["topics"];
  return deepFreeze({
    incident: groupIncident(compiled(readFile("incident.json", IncidentEntrySchema))),
    modality: readFile("modality.json", ModalityEntrySchema),
    timing: compiled(readFile("timing.json", TimingEntrySchema)),
    fault,
    contents: compiled(readFile("contents.json", ContentEntrySchema)),
    form: compiled(readFile("form.json", FormEntrySchema)),
    costBearer: compiled(readFile("cost-bearer.json", CostBearerEntrySchema)),
    exceptions: compiled(readFile("exceptions.json", BaseEntrySchema)),
    recipients: compiled(readFile("recipients.json", RecipientEntrySchema)),
    actors: compiled(readFile("actors.json", ActorEntrySchema)),
    general: compiled(readFile("general.json", GeneralEntrySchema)),
    nonDuty: compiled(readFile("non-duty.json", NonDutyEntrySchema)),
    topics,
  });
}

let cached: Lexicon | undefined;

/** The lexicon, read once per process (or worker thread) and immutable afterwards. */
export function getLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}

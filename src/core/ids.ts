// The fixed vocabularies of DESIGN.md: topic ids, requirement ids, statuses, severities, roles.
import { z } from "zod";

export const TOPIC_IDS = [
  "reporting",
  "fault",
  "publication",
  "cost",
  "damages",
  "containment",
  "investigation",
  "recurrence",
  "subject_notice",
  "authority_report",
  "cooperation",
  "subcontractor",
] as const;
export const TopicIdSchema = z.enum(TOPIC_IDS);
export type TopicId = z.infer<typeof TopicIdSchema>;

export const REQUIREMENT_IDS = [
  "RPT-01",
  "RPT-02",
  "RPT-03",
  "RPT-04",
  "RPT-05",
  "RPT-06",
  "RPT-07",
  "FLT-01",
  "PUB-01",
  "PUB-02",
  "PUB-03",
  "SUB-01",
  "AUT-01",
  "CST-01",
  "CST-02",
  "CST-03",
  "DMG-01",
  "CTN-01",
  "CTN-02",
  "INV-01",
  "INV-02",
  "INV-03",
  "REC-01",
  "COO-01",
  "SBC-01",
  "SBC-02",
] as const;
export const RequirementIdSchema = z.enum(REQUIREMENT_IDS);
export type RequirementId = z.infer<typeof RequirementIdSchema>;

export const StatusSchema = z.enum(["met", "partial", "missing", "conflict"]);
export type Status = z.infer<typeof StatusSchema>;

export const SeveritySchema = z.enum(["high", "medium", "low"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const PartyRoleSchema = z.enum(["discloser", "handler", "mutual"]);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

export const FormatSchema = z.enum(["pdf", "docx", "txt"]);
export type Format = z.infer<typeof FormatSchema>;

export const ModalitySchema = z.enum(["must", "may", "endeavor", "must_not", "statement"]);
export type Modality = z.infer<typeof ModalitySchema>;

export const TimingLevelSchema = z.enum(["immediately", "promptly", "without_delay", "deadline", "none"]);
export type TimingLevel = z.infer<typeof TimingLevelSchema>;

export const FaultSchema = z.enum(["regardless", "fault_based", "unspecified"]);
export type Fault = z.infer<typeof FaultSchema>;

export const CostBearerSchema = z.enum([
  "causing_party",
  "actor",
  "recipient",
  "consultation",
  "unspecified",
]);
export type CostBearer = z.infer<typeof CostBearerSchema>;

export const FormSchema = z.enum(["written", "oral", "unspecified"]);
export type Form = z.infer<typeof FormSchema>;

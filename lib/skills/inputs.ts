import { z } from "zod";
import {
  byIdInput,
  dateField,
  httpUrlField,
  idField,
  menteeIdField,
  noteField,
  optionalShortText,
  pageInput,
  pastDateField,
} from "@/lib/validation";

export const SKILL_KINDS = ["technical", "soft", "tool"] as const;
const SKILL_NAME_MAX = 100;
export const EVIDENCE_MAX = 10;
/** The built-in catalogue has nine skills; a chart with more lines is unreadable anyway. */
export const GROWTH_SKILLS_MAX = 9;

const skillNameField = z
  .string({ error: "enter a name" })
  .trim()
  .min(1, "enter a name")
  .max(SKILL_NAME_MAX, `use at most ${SKILL_NAME_MAX} characters`);

const skillKindField = z.enum(SKILL_KINDS, { error: "choose technical, soft or tool" });

export const levelField = z
  .number({ error: "choose a level from 1 to 5" })
  .int("choose a level from 1 to 5")
  .min(1, "choose a level from 1 to 5")
  .max(5, "choose a level from 1 to 5");

export const addSkillInput = z.object({
  name: skillNameField,
  kind: skillKindField,
  description: optionalShortText(500),
});
export type AddSkillInput = z.infer<typeof addSkillInput>;

export const renameSkillInput = z.object({ id: idField, name: skillNameField });
export type RenameSkillInput = z.infer<typeof renameSkillInput>;

const evidenceItem = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("project"), projectId: idField }),
    z.object({ kind: z.literal("round"), roundId: idField }),
    z.object({ kind: z.literal("url"), url: httpUrlField }),
  ],
  { error: "evidence is a project, an interview round or a link" },
);
export type EvidenceItem = z.infer<typeof evidenceItem>;

/** The same project, round or link twice adds nothing, so it is refused where it repeats. */
export function evidenceKey(item: EvidenceItem): string {
  if (item.kind === "project") return `project:${item.projectId}`;
  if (item.kind === "round") return `round:${item.roundId}`;
  return `url:${item.url}`;
}

const evidenceList = z
  .array(evidenceItem)
  .max(EVIDENCE_MAX, `attach at most ${EVIDENCE_MAX} pieces of evidence`)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const key = evidenceKey(item);
      if (seen.has(key))
        ctx.addIssue({ code: "custom", message: "this evidence is listed twice", path: [index] });
      seen.add(key);
    });
  });

export const assessInput = z.object({
  skillId: idField,
  level: levelField,
  assessedOn: pastDateField,
  note: noteField,
  evidence: evidenceList.default([]),
});
export type AssessParsed = z.infer<typeof assessInput>;

export const currentInput = z.object({ asOf: dateField.nullish(), menteeId: menteeIdField }).default({});
export type CurrentInput = z.infer<typeof currentInput>;

export const historyInput = pageInput.extend({ skillId: idField, menteeId: menteeIdField });
export type HistoryInput = z.infer<typeof historyInput>;

export const driftInput = z.object({ skillId: idField, menteeId: menteeIdField });
export type DriftInput = z.infer<typeof driftInput>;

export const growthInput = z
  .object({
    skillIds: z
      .array(idField)
      .min(1, "choose at least one skill")
      .max(GROWTH_SKILLS_MAX, `choose at most ${GROWTH_SKILLS_MAX} skills`),
    from: dateField.nullish(),
    to: dateField.nullish(),
    menteeId: menteeIdField,
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    error: "the end comes before the start",
    path: ["to"],
  });
export type GrowthInput = z.infer<typeof growthInput>;

export const evidenceOptionsInput = pageInput.extend({ kind: z.enum(["project", "round"]) });
export type EvidenceOptionsInput = z.infer<typeof evidenceOptionsInput>;

export { byIdInput };

import { z } from "zod";
import {
  BULLET_TEXT_MAX,
  COMPANY_MAX,
  isSaneOutcomeNumber,
  isValidPeriod,
  METRIC_MAX,
  normalizeTechnologies,
  OUTCOME_CONFIDENCE,
  OUTCOMES_PER_PROJECT_MAX,
  PROJECT_SKILLS_MAX,
  ROLE_MAX,
  TECHNOLOGIES_MAX,
  TECHNOLOGY_MAX_LENGTH,
  TIMEFRAME_MAX,
  TITLE_MAX,
  UNIT_MAX,
  uniqueIds,
} from "./rules";
import {
  byIdInput,
  dateField,
  idField,
  menteeIdField,
  noteField,
  optionalShortText,
  pageInput,
  shortText,
} from "@/lib/validation";

export { byIdInput } from "@/lib/validation";
/** Reads take an optional menteeId: a mentor reading a mentee's projects. */
export const listProjectsInput = pageInput.extend({ menteeId: menteeIdField });
export type ListProjectsInput = z.infer<typeof listProjectsInput>;
export const viewProjectInput = byIdInput.extend({ menteeId: menteeIdField });
export type ViewProjectInput = z.infer<typeof viewProjectInput>;

/** An empty form field means "ongoing"; anything else must be a real date. */
const optionalDateField = z.union([z.literal("").transform(() => null), dateField]).nullish();

const technologiesField = z
  .array(z.string({ error: "enter technologies as text" }), { error: "enter a list of technologies" })
  // Generous before de-duplication, so "React, react" does not count twice against the limit.
  .max(TECHNOLOGIES_MAX * 4, `use at most ${TECHNOLOGIES_MAX} technologies`)
  .transform(normalizeTechnologies)
  .superRefine((values, ctx) => {
    if (values.length > TECHNOLOGIES_MAX) {
      ctx.addIssue({ code: "custom", message: `use at most ${TECHNOLOGIES_MAX} technologies` });
    }
    const long = values.find((value) => value.length > TECHNOLOGY_MAX_LENGTH);
    if (long !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `keep each technology to ${TECHNOLOGY_MAX_LENGTH} characters (“${long.slice(0, 20)}…” is longer)`,
      });
    }
  });

const skillIdsField = z
  .array(idField, { error: "choose skills from the list" })
  .max(PROJECT_SKILLS_MAX, `choose at most ${PROJECT_SKILLS_MAX} skills`)
  .transform(uniqueIds);

const projectFields = z.object({
  title: shortText("a title", TITLE_MAX),
  role: shortText("your role", ROLE_MAX),
  company: optionalShortText(COMPANY_MAX),
  startedOn: dateField,
  endedOn: optionalDateField,
  description: noteField,
  technologies: technologiesField.default([]),
  skillIds: skillIdsField.default([]),
});

const endNotBeforeStart = (value: { startedOn: string; endedOn?: string | null }, ctx: z.RefinementCtx) => {
  if (!isValidPeriod(value.startedOn, value.endedOn)) {
    ctx.addIssue({ code: "custom", path: ["endedOn"], message: "the end date is before the start date" });
  }
};

export const createProjectInput = projectFields.superRefine(endNotBeforeStart);
export type CreateProjectInput = z.infer<typeof createProjectInput>;

/** An update replaces every field, skills included, as the edit form shows them all. */
export const updateProjectInput = projectFields.extend({ id: idField }).superRefine(endNotBeforeStart);
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;

const outcomeNumber = (label: string) =>
  z.number({ error: `enter ${label} as a finite number` }).refine(isSaneOutcomeNumber, {
    error: `enter ${label} between −1,000,000,000,000 and 1,000,000,000,000`,
  });

const outcomeFields = z.object({
  metric: shortText("what was measured", METRIC_MAX),
  baseline: outcomeNumber("the baseline").nullish(),
  result: outcomeNumber("the result"),
  unit: shortText("a unit (ms, %, req/s, USD, hours…)", UNIT_MAX),
  timeframe: optionalShortText(TIMEFRAME_MAX),
  confidence: z.enum(OUTCOME_CONFIDENCE, { error: "choose measured or estimated" }).default("measured"),
  confidential: z.boolean({ error: "say whether the figures are confidential" }).default(false),
});
export type OutcomeFields = z.infer<typeof outcomeFields>;

export const addOutcomeInput = outcomeFields.extend({ projectId: idField });
export type AddOutcomeInput = z.infer<typeof addOutcomeInput>;

export const updateOutcomeInput = outcomeFields.extend({ id: idField });
export type UpdateOutcomeInput = z.infer<typeof updateOutcomeInput>;

/** The project's outcomes in their new order: every live outcome, each once. */
export const reorderOutcomesInput = z.object({
  projectId: idField,
  ids: z
    .array(idField)
    .min(1, "list the outcomes in their new order")
    .max(OUTCOMES_PER_PROJECT_MAX, `a project holds at most ${OUTCOMES_PER_PROJECT_MAX} outcomes`),
});
export type ReorderOutcomesInput = z.infer<typeof reorderOutcomesInput>;

export const checkBulletInput = z.object({
  projectId: idField,
  text: z
    .string({ error: "write a bullet to check" })
    .trim()
    .min(1, "write a bullet to check")
    .max(BULLET_TEXT_MAX, `use at most ${BULLET_TEXT_MAX.toLocaleString("en-US")} characters`),
});
export type CheckBulletInput = z.infer<typeof checkBulletInput>;

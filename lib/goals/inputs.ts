import { z } from "zod";
import { RATING_SOURCES } from "@/lib/gaps/ratings";
import { dateProblem, idField, menteeIdField } from "@/lib/validation";

/** A target day that has not passed yet (a day of slack for time zones behind UTC). */
const futureDateField = z.string({ error: "enter a date" }).superRefine((value, ctx) => {
  const problem =
    dateProblem(value) ??
    (value < new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
      ? "use a date that is not in the past"
      : null);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const setGoalInput = z.object({
  ladderId: idField,
  currentLevelId: idField.nullish(),
  targetLevelId: idField.nullish(),
  targetDate: futureDateField.nullish(),
});
export type SetGoalInput = z.infer<typeof setGoalInput>;

export const gapAnalysisInput = z
  .object({
    ladderId: idField.nullish(),
    levelId: idField.nullish(),
    /** Absent means "self"; left optional so services can call gapAnalysis(db, actor, { menteeId }). */
    ratingSource: z.enum(RATING_SOURCES, { error: "choose self, mentor or lower" }).optional(),
    menteeId: menteeIdField,
  })
  .default({});
export type GapAnalysisInput = z.infer<typeof gapAnalysisInput>;

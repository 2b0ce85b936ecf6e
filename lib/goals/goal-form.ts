import { z } from "zod";
import { setGoalInput } from "./inputs";

/** The goal form's fields as the selects and date box give them, "" meaning not set; checked by setGoalInput. */
export const goalForm = z
  .object({
    ladderId: z.string(),
    currentLevelId: z.string(),
    targetLevelId: z.string(),
    targetDate: z.string(),
  })
  .transform((values): z.input<typeof setGoalInput> => ({
    ladderId: values.ladderId,
    currentLevelId: values.currentLevelId || null,
    targetLevelId: values.targetLevelId || null,
    targetDate: values.targetDate || null,
  }))
  .pipe(setGoalInput);
export type GoalFormValues = z.input<typeof goalForm>;

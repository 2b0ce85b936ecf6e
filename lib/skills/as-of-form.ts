import { z } from "zod";
import { dateField } from "@/lib/validation";

/** The "As of" field: empty means today, anything else must be a date dateField accepts. */
export const asOfForm = z.object({
  asOf: z
    .string()
    .transform((value) => value || null)
    .pipe(dateField.nullable()),
});

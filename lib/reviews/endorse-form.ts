import { z } from "zod";
import { endorseInput } from "./inputs";

/** The endorsement form with the level as its select's text; it parses into endorseInput, paths and messages alike. */
export const endorseForm = z
  .object({
    menteeId: z.string(),
    skillId: z.string(),
    level: z.string(),
    assessedOn: z.string(),
    note: z.string(),
  })
  // "" (no level chosen) becomes 0, which levelField refuses with its own message.
  .transform(({ level, ...rest }): z.input<typeof endorseInput> => ({ ...rest, level: Number(level) }))
  .pipe(endorseInput);

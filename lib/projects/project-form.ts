import { z } from "zod";
import { createProjectInput } from "./inputs";
import { splitList } from "./rules";

/** The project form with technologies as one text; updateProjectInput shares these rules, so an edit adds only the id. */
export const projectForm = z
  .object({
    title: z.string(),
    role: z.string(),
    company: z.string(),
    startedOn: z.string(),
    endedOn: z.string(),
    description: z.string(),
    technologies: z.string(),
    skillIds: z.array(z.string()),
  })
  .transform(({ technologies, ...rest }): z.input<typeof createProjectInput> => ({
    ...rest,
    technologies: splitList(technologies),
  }))
  .pipe(createProjectInput);

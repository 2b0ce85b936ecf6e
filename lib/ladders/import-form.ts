import { z } from "zod";
import { importLadderInput } from "./inputs";
import { LADDER_FILE_MAX_BYTES } from "./ladder";

/** The ladder import form: the route reads a chosen file itself, so only pasted text is checked as content. */
export const ladderImportForm = z
  .object({
    // "" until one is chosen, which the procedure's format check refuses with "choose a format".
    format: z.string().pipe(importLadderInput.shape.format),
    file: z.custom<File | null>(),
    content: z.string(),
  })
  .superRefine(({ file, content }, ctx) => {
    if (file) {
      if (file.size > LADDER_FILE_MAX_BYTES) {
        const message = `the file is ${file.size.toLocaleString("en-US")} bytes; the limit is 10 MB`;
        ctx.addIssue({ code: "custom", path: ["file"], message });
      }
      return;
    }
    for (const issue of importLadderInput.shape.content.safeParse(content).error?.issues ?? [])
      ctx.addIssue({ code: "custom", path: ["content"], message: issue.message });
  });
export type LadderImportFormValues = z.input<typeof ladderImportForm>;

import { z } from "zod";
import { EXPERIENCE_LEVELS } from "./bands";
import { importSalariesInput, type ImportSalariesInput } from "./inputs";

/** The survey import's options and file; the file travels as the body, and the pressed button decides dryRun. */
export const surveyImportForm = z
  .object({
    ladderId: z.string(),
    file: z.custom<File | null>().refine((file) => Boolean(file?.size), { error: "choose a CSV file" }),
    source: z.string(),
    licence: z.string(),
    levelMapping: z.partialRecord(z.enum(EXPERIENCE_LEVELS), z.string()),
  })
  // An unset select means the default mapping for that level, as the route reads it.
  .transform(({ file, levelMapping, ...rest }): z.input<typeof importSalariesInput> => ({
    ...rest,
    fileName: file?.name ?? "",
    levelMapping: Object.fromEntries(Object.entries(levelMapping).filter(([, id]) => id)),
  }))
  .pipe(importSalariesInput);
export type SurveyImportFormValues = z.input<typeof surveyImportForm>;

/** The import route's query string for parsed options: what its inputOf reads back. */
export function surveyImportQuery(input: ImportSalariesInput): URLSearchParams {
  const params = new URLSearchParams({
    ladderId: input.ladderId,
    fileName: input.fileName,
    dryRun: input.dryRun ? "1" : "0",
  });
  if (input.source) params.set("source", input.source);
  if (input.licence) params.set("licence", input.licence);
  for (const [code, id] of Object.entries(input.levelMapping)) params.set(`map${code}`, id);
  return params;
}

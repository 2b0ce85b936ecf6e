import { z } from "zod";
import { IMPORT_MAX_BYTES, IMPORT_MAX_MEGABYTES } from "./account-file";

/** The export file's text (a syntax error then names its line and column), or the parsed document. */
export const importAccountInput = z.object({
  document: z.union(
    [
      z.string().max(IMPORT_MAX_BYTES, `the file is larger than ${IMPORT_MAX_MEGABYTES} MB`),
      z.record(z.string(), z.unknown()),
    ],
    { error: "choose an export file" },
  ),
  dryRun: z.boolean({ error: "say whether this is a dry run" }).default(true),
});
export type ImportAccountInput = z.infer<typeof importAccountInput>;

export const exportAccountInput = z.object({}).strict().default({});

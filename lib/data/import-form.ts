import { z } from "zod";
import { IMPORT_MAX_BYTES, IMPORT_MAX_MEGABYTES } from "./account-file";

/** The import page's one field: an export file the route will take (it checks the size again, and the rest). */
export const importFileForm = z.object({
  file: z
    .file({ error: "choose an export file" })
    .max(IMPORT_MAX_BYTES, `the file is larger than ${IMPORT_MAX_MEGABYTES} MB`),
});

import { z } from "zod";
import { idField, pageInput } from "@/lib/validation";

export const notificationsListInput = pageInput.default({ limit: 20 });
export type NotificationsListInput = z.infer<typeof notificationsListInput>;

/** Without ids, every unread notification of the reader is marked read. */
export const markReadInput = z
  .object({
    ids: z.array(idField).min(1, "name at least one notification").max(200, "too many at once").optional(),
  })
  .default({});
export type MarkReadInput = z.infer<typeof markReadInput>;

import { z } from "zod";
import { LADDER_FILE_MAX_BYTES, LADDER_FORMATS } from "./ladder";
import { byIdInput, pageInput } from "@/lib/validation";

const ladderFormatField = z.enum(LADDER_FORMATS, { error: "choose a format" });

export const FORMAT_LABELS: Record<(typeof LADDER_FORMATS)[number], string> = {
  "ft-yaml": "FT job family (YAML)",
  "monzo-markdown": "Monzo progression framework (Markdown)",
  "trajectory-json": "Trajectory ladder (JSON)",
};

export const importLadderInput = z.object({
  format: ladderFormatField,
  fileName: z
    .string({ error: "enter a file name" })
    .trim()
    .min(1, "enter a file name")
    .max(255, "use at most 255 characters"),
  content: z
    .string({ error: "choose a file or paste its text" })
    .min(1, "the file is empty")
    .refine((value) => new TextEncoder().encode(value).length <= LADDER_FILE_MAX_BYTES, {
      error: `the file is larger than the limit of ${LADDER_FILE_MAX_BYTES} bytes (10 MB)`,
    }),
  dryRun: z.boolean().default(true),
});
export type ImportLadderInput = z.infer<typeof importLadderInput>;

export const listLaddersInput = pageInput;
export type ListLaddersInput = z.infer<typeof listLaddersInput>;

export const ladderByIdInput = byIdInput;

import { z } from "zod";
import { packetInput } from "./inputs";

/** The period form's two date boxes, an empty one meaning "not given"; checked by the packet's own input. */
export const periodForm = z
  .object({ from: z.string(), to: z.string() })
  .transform(({ from, to }): z.input<typeof packetInput> => ({
    from: from.trim() || undefined,
    to: to.trim() || undefined,
  }))
  .pipe(packetInput);
export type PeriodFormValues = z.input<typeof periodForm>;

import { z } from "zod";
import { addOutcomeInput } from "./inputs";
import { OUTCOME_CONFIDENCE } from "./rules";

/** A number typed into a form: "" is none, separators are dropped, anything else becomes NaN for zod to refuse. */
function numberFromText(value: string): number | null {
  const text = value
    .trim()
    .replace(/[,\s_]/g, "")
    .replace(/^\u2212/, "-");
  if (text === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
}

/** What add and update share: the outcome's own fields. */
const outcomeFields = addOutcomeInput.omit({ projectId: true });

/** The outcome form with figures as typed text; it parses into the fields add and update share. */
export const outcomeForm = z
  .object({
    metric: z.string(),
    baseline: z.string(),
    result: z.string(),
    unit: z.string(),
    timeframe: z.string(),
    // A select of the two, so only a tampered value fails here, with the procedure's message.
    confidence: z.enum(OUTCOME_CONFIDENCE, { error: "choose measured or estimated" }),
    confidential: z.boolean(),
  })
  // A missing result becomes NaN, which the result's number check refuses with "enter the result…".
  .transform(({ baseline, result, ...rest }): z.input<typeof outcomeFields> => ({
    ...rest,
    baseline: numberFromText(baseline),
    result: numberFromText(result) ?? Number.NaN,
  }))
  .pipe(outcomeFields);

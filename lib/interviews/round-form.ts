/**
 * The round form's fields as typed (a time in the user's zone, "Other…" with its own stage, reasons one per line,
 * the rating as a string) and how they become the addRound / updateRound input, which then checks them.
 */
import { z } from "zod";
import { fromLocalInput, toLocalInput } from "@/lib/dates";
import { addRoundInput, type RoundFormInput, updateRoundInput } from "./inputs";
import { isBuiltinReason, isBuiltinStage, ROUND_OUTCOMES, type RoundOutcome } from "./rules";

/** The stage select's "Other…": the stage is then the text typed beside it. */
export const OTHER_STAGE = "other";

const roundFormFields = z.object({
  stage: z.string(),
  stageOther: z.string(),
  scheduledAt: z.string(),
  outcome: z.enum(ROUND_OUTCOMES, { error: "choose an outcome" }),
  selfRating: z.string(),
  feedback: z.string(),
  feedbackRequested: z.boolean(),
  failureReasons: z.array(z.string()),
  ownReasons: z.string(),
  competencyIds: z.array(z.string()),
  followUpOn: z.string(),
});
export type RoundFormValues = z.input<typeof roundFormFields>;

/** The procedure's fields; reasons only count for a failed round. */
function toRoundFields(
  values: z.output<typeof roundFormFields>,
  timeZone: string,
): Omit<RoundFormInput, "applicationId"> {
  const ownReasons = values.ownReasons.split("\n").filter((line) => line.trim());
  return {
    stage: values.stage === OTHER_STAGE ? values.stageOther : values.stage,
    // A time that names no instant becomes an invalid date, which the procedure refuses in its own words.
    scheduledAt: values.scheduledAt
      ? (fromLocalInput(values.scheduledAt, timeZone) ?? new Date(Number.NaN))
      : null,
    outcome: values.outcome,
    selfRating: values.selfRating ? Number(values.selfRating) : null,
    feedback: values.feedback,
    feedbackRequested: values.feedbackRequested,
    failureReasons: values.outcome === "failed" ? [...values.failureReasons, ...ownReasons] : [],
    competencyIds: values.competencyIds,
    followUpOn: values.followUpOn || null,
  };
}

/** The form of a new round on that application; times are read in `timeZone`. */
export const addRoundForm = (timeZone: string, applicationId: string) =>
  roundFormFields
    .transform((values): RoundFormInput => ({ ...toRoundFields(values, timeZone), applicationId }))
    .pipe(addRoundInput);

/** The form of an existing round; times are read in `timeZone`. */
export const editRoundForm = (timeZone: string, id: string) =>
  roundFormFields
    .transform((values): z.input<typeof updateRoundInput> => ({ ...toRoundFields(values, timeZone), id }))
    .pipe(updateRoundInput);

interface SavedRound {
  stage: string;
  scheduledAt: Date | null;
  outcome: RoundOutcome;
  selfRating: number | null;
  feedback: string | null;
  feedbackRequested: boolean;
  failureReasons: readonly string[];
  competencies: readonly { id: string }[];
  followUpOn: string | null;
}

/** What the form shows for a saved round, or for a new one (a pending phone screen). */
export function roundFormValues(round: SavedRound | undefined, timeZone: string): RoundFormValues {
  const builtinStage = round ? isBuiltinStage(round.stage) : true;
  return {
    stage: round ? (builtinStage ? round.stage : OTHER_STAGE) : "phone-screen",
    stageOther: round && !builtinStage ? round.stage : "",
    scheduledAt: round?.scheduledAt ? toLocalInput(round.scheduledAt, timeZone) : "",
    outcome: round?.outcome ?? "pending",
    selfRating: round?.selfRating ? String(round.selfRating) : "",
    feedback: round?.feedback ?? "",
    feedbackRequested: round?.feedbackRequested ?? false,
    failureReasons: round?.failureReasons.filter(isBuiltinReason) ?? [],
    ownReasons: round?.failureReasons.filter((reason) => !isBuiltinReason(reason)).join("\n") ?? "",
    competencyIds: round?.competencies.map((skill) => skill.id) ?? [],
    followUpOn: round?.followUpOn ?? "",
  };
}

/** The fields still holding what was submitted: only those go back to the defaults after a save. */
export function unchangedSince(submitted: RoundFormValues, now: RoundFormValues): (keyof RoundFormValues)[] {
  const keys = Object.keys(submitted) as (keyof RoundFormValues)[];
  return keys.filter((key) => JSON.stringify(submitted[key]) === JSON.stringify(now[key]));
}

import { INTERVIEW_STAGES } from "@/lib/skills/catalogue";
import { outcomeLabel, ROUND_OUTCOMES, type RoundOutcome } from "@/lib/interviews/rules";
import { fromLocalInput } from "@/lib/dates";
import type { FieldErrors } from "@/lib/field-errors";

export const OTHER_STAGE = "other";
export const stageOptions = [
  ...INTERVIEW_STAGES.map((stage) => ({ value: stage.key, label: stage.name })),
  { value: OTHER_STAGE, label: "Other…" },
];
export const outcomeOptions = ROUND_OUTCOMES.map((outcome) => ({
  value: outcome,
  label: outcomeLabel(outcome),
}));
export const ratingOptions = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} / 5` }));

/** Messages of a field and of its items ("failureReasons.2"). */
export const messagesOf = (errors: FieldErrors, field: string) =>
  Object.entries(errors).flatMap(([key, messages]) =>
    key === field || key.startsWith(`${field}.`) ? messages : [],
  );

/** The round's fields from the form; reasons only count for a failed round, times are in the user's zone. */
export function readRoundFields(
  form: FormData,
  { stage, outcome, timeZone }: { stage: string; outcome: RoundOutcome; timeZone: string },
) {
  const text = (name: string) => String(form.get(name) ?? "");
  const scheduledText = text("scheduledAt");
  const scheduledAt = scheduledText ? fromLocalInput(scheduledText, timeZone) : null;
  const ownReasons = text("ownReasons")
    .split("\n")
    .filter((line) => line.trim());
  const fields = {
    stage: stage === OTHER_STAGE ? text("stageOther") : stage,
    scheduledAt,
    outcome,
    selfRating: text("selfRating") ? Number(text("selfRating")) : null,
    feedback: text("feedback"),
    feedbackRequested: form.get("feedbackRequested") === "on",
    failureReasons: outcome === "failed" ? [...form.getAll("failureReason").map(String), ...ownReasons] : [],
    competencyIds: form.getAll("competency").map(String),
    followUpOn: text("followUpOn") || null,
  };
  return { fields, unreadableTime: Boolean(scheduledText && !scheduledAt) };
}

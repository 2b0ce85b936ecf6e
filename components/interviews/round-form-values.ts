import { outcomeLabel, ROUND_OUTCOMES } from "@/lib/interviews/rules";
import { OTHER_STAGE } from "@/lib/interviews/round-form";
import { INTERVIEW_STAGES } from "@/lib/interviews/catalogue";

export const stageOptions = [
  ...INTERVIEW_STAGES.map((stage) => ({ value: stage.key, label: stage.name })),
  { value: OTHER_STAGE, label: "Other…" },
];
export const outcomeOptions = ROUND_OUTCOMES.map((outcome) => ({
  value: outcome,
  label: outcomeLabel(outcome),
}));
export const ratingOptions = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} / 5` }));

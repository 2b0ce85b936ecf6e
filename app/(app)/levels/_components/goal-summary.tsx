import type { GoalChoices } from "@/components/gaps/types";
import { formatDate } from "@/lib/dates";

/** The goal as text, for a mentor who reads it but cannot change it. */
export function GoalSummary({ choices }: { choices: GoalChoices }) {
  const { goal } = choices;
  if (!goal) return <p className="text-sm">No goal is set yet.</p>;
  const levels = choices.ladders.find((ladder) => ladder.id === goal.ladderId)?.levels ?? [];
  const nameOf = (id: string | null) => levels.find((level) => level.id === id)?.name ?? "not set";
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="text-muted-foreground">Ladder</dt>
      <dd>{goal.ladderName}</dd>
      <dt className="text-muted-foreground">Current level</dt>
      <dd>{nameOf(goal.currentLevelId)}</dd>
      <dt className="text-muted-foreground">Target level</dt>
      <dd>{nameOf(goal.targetLevelId)}</dd>
      <dt className="text-muted-foreground">Target date</dt>
      <dd>{goal.targetDate ? formatDate(goal.targetDate) : "not set"}</dd>
    </dl>
  );
}

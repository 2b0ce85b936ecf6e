import type { GapAnalysisData } from "./types";

/** Readiness per level as labelled bars; the percentage is in the text, the bar only repeats it. */
export function ReadinessList({
  levels,
  estimateId,
}: {
  levels: GapAnalysisData["levels"];
  estimateId: string | null;
}) {
  return (
    <ul aria-label="Readiness per level" className="grid gap-3">
      {levels.map((level) => (
        <li key={level.id} className="grid gap-1">
          <div className="flex flex-wrap justify-between gap-2 text-sm">
            <span className="font-medium">
              {level.name}
              {level.id === estimateId && (
                <span className="ml-2 text-xs text-muted-foreground">(your level)</span>
              )}
            </span>
            <span>
              {level.readiness}% ready · {level.metCount} of {level.total} met
            </span>
          </div>
          <div aria-hidden="true" className="h-2 overflow-hidden rounded bg-muted">
            <div className="h-full bg-primary" style={{ width: `${level.readiness}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}

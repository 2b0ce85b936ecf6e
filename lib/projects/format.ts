import { formatDate } from "@/lib/dates";
import { formatValue } from "./numbers";

export function formatPeriod(startedOn: string, endedOn: string | null): string {
  return `${formatDate(startedOn)} – ${endedOn ? formatDate(endedOn) : "ongoing"}`;
}

/** "800 ms → 240 ms", or just "240 ms" without a baseline. */
export function formatFigures(outcome: { baseline: number | null; result: number; unit: string }): string {
  const result = formatValue(outcome.result, outcome.unit);
  return outcome.baseline === null ? result : `${formatValue(outcome.baseline, outcome.unit)} → ${result}`;
}

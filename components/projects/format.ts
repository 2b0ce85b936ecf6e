import { formatValue } from "@/server/domain/projects-numbers";

// A calendar date has no time zone: format it as UTC so it never shifts a day.
const calendar = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

export function formatCalendarDate(date: string): string {
  return calendar.format(new Date(`${date}T00:00:00Z`));
}

export function formatPeriod(startedOn: string, endedOn: string | null): string {
  return `${formatCalendarDate(startedOn)} – ${endedOn ? formatCalendarDate(endedOn) : "ongoing"}`;
}

/** A moment (created, updated) in the user's own time zone. */
export function formatMoment(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone }).format(moment);
}

/** "800 ms → 240 ms", or just "240 ms" without a baseline. */
export function formatFigures(outcome: { baseline: number | null; result: number; unit: string }): string {
  const result = formatValue(outcome.result, outcome.unit);
  return outcome.baseline === null ? result : `${formatValue(outcome.baseline, outcome.unit)} → ${result}`;
}

/** A number typed into a form: "" is none, separators are dropped, anything else becomes NaN for zod to refuse. */
export function parseNumberInput(value: FormDataEntryValue | null): number | null {
  const text =
    typeof value === "string"
      ? value
          .trim()
          .replace(/[,\s_]/g, "")
          .replace(/^\u2212/, "-")
      : "";
  if (text === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
}

import type { FieldErrors } from "@/lib/field-errors";

/** Messages for a field and its items ("skillIds" gathers "skillIds.0", "skillIds.3"). */
export function errorsFor(errors: FieldErrors, field: string): string[] | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, list]) => list);
  return messages.length ? [...new Set(messages)] : undefined;
}

import { z } from "zod";
import { addDays, parseCalendarDate, today } from "./dates";

export const EARLIEST_YEAR = 1970;
/** Plans reach a few years ahead at most; anything later is a typo. */
export const LATEST_YEARS_AHEAD = 5;

export const idField = z.uuid({ error: "not a valid id" });

/** The problem with a YYYY-MM-DD string, or null: one message, the first that applies. */
export function dateProblem(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "use the form YYYY-MM-DD";
  const parsed = parseCalendarDate(value);
  if (!parsed) return "not a real date";
  const year = parsed.getUTCFullYear();
  if (year < EARLIEST_YEAR) return `use a date from ${EARLIEST_YEAR} on`;
  if (year > new Date().getUTCFullYear() + LATEST_YEARS_AHEAD) return "that date is too far in the future";
  return null;
}

/** A date string checked by dateProblem plus an optional further rule: one message at most. */
const checkedDate = (further?: (value: string) => string | null) =>
  z.string({ error: "enter a date" }).superRefine((value, ctx) => {
    const problem = dateProblem(value) ?? further?.(value) ?? null;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** A calendar date (YYYY-MM-DD) from 1970 to five years ahead. */
export const dateField = checkedDate();

/** A date that has already happened (a day of slack for time zones ahead of UTC). */
export const pastDateField = checkedDate((value) =>
  value > addDays(today(), 1) ? "use a date that is not in the future" : null,
);

export const dateTimeField = z.coerce
  .date({ error: "enter a date and time" })
  .refine((value) => value.getUTCFullYear() >= EARLIEST_YEAR, {
    error: `use a date from ${EARLIEST_YEAR} on`,
  })
  .refine((value) => value.getUTCFullYear() <= new Date().getUTCFullYear() + LATEST_YEARS_AHEAD, {
    error: "that date is too far in the future",
  });

export const shortText = (label: string, max = 200) =>
  z
    .string({ error: `enter ${label}` })
    .trim()
    .min(1, `enter ${label}`)
    .max(max, `use at most ${max} characters`);

export const optionalShortText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, `use at most ${max} characters`)
    .transform((value) => (value === "" ? null : value))
    .nullish();

const NOTE_MAX = 10_000;
export const noteField = z
  .string()
  .max(NOTE_MAX, `use at most ${NOTE_MAX.toLocaleString("en-US")} characters`)
  .transform((value) => (value.trim() === "" ? null : value))
  .nullish();

export const httpUrlField = z
  .url({ protocol: /^https?$/, error: "enter an http(s) URL" })
  .max(2_000, "use at most 2,000 characters");

export const byIdInput = z.object({ id: idField });

const PAGE_SIZE_MAX = 100;
export const pageInput = z.object({
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(PAGE_SIZE_MAX).default(20),
});

/** Set when a mentor reads a mentee's section; absent, the reader reads their own. */
export const menteeIdField = idField.optional();
/** Input of a read with no other parameters, so a mentor can name the mentee. */
export const viewInput = z.object({ menteeId: menteeIdField }).default({});
export type ViewInput = z.infer<typeof viewInput>;

/**
 * Dates and times for every page and export. Calendar dates ("YYYY-MM-DD") and months ("YYYY-MM") have no time
 * zone; instants are read and shown in the user's time zone; one locale formats them all, on server and browser
 * alike, so a server-rendered date and its hydrated copy agree.
 */
import { TZDate, tz } from "@date-fns/tz";
import {
  addDays as addCalendarDays,
  addMonths,
  differenceInCalendarDays,
  format,
  isValid,
  lastDayOfMonth,
  type Locale,
  parseISO,
  subMonths,
} from "date-fns";
import { DATE_LOCALE } from "./locale";

export const DAY_MS = 86_400_000;

/** A calendar day, "YYYY-MM-DD". */
export type CalendarDate = string;
/** A calendar month, "YYYY-MM". */
export type Month = string;

const utc = tz("UTC");
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date as midnight UTC; null for anything that is not a real YYYY-MM-DD date (2026-02-30 is not). */
export function parseCalendarDate(day: string): Date | null {
  if (!CALENDAR_DATE.test(day)) return null;
  const parsed = parseISO(day, { in: utc });
  return isValid(parsed) && format(parsed, "yyyy-MM-dd") === day ? parsed : null;
}

function calendar(day: CalendarDate): Date {
  const parsed = parseCalendarDate(day);
  if (!parsed) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${day}`);
  return parsed;
}

const dayOf = (date: Date): CalendarDate => format(date, "yyyy-MM-dd", { in: utc });
const monthStart = (month: Month): Date => calendar(`${month}-01`);

/** Today's calendar date in UTC, for server-side defaults that belong to no user. */
export function today(now: Date = new Date()): CalendarDate {
  return dayOf(now);
}

export function addDays(day: CalendarDate, days: number): CalendarDate {
  return dayOf(addCalendarDays(calendar(day), days, { in: utc }));
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(calendar(to), calendar(from), { in: utc });
}

/** The day `months` months before `day`, clamped to that month's last day (31 Mar → 28 Feb). */
export function monthsBefore(day: CalendarDate, months: number): CalendarDate {
  return dayOf(subMonths(calendar(day), months, { in: utc }));
}

export function monthOf(day: CalendarDate): Month {
  return day.slice(0, 7);
}

/** The month after this one, across year ends. */
export function nextMonth(month: Month): Month {
  return format(addMonths(monthStart(month), 1, { in: utc }), "yyyy-MM", { in: utc });
}

/** Every month from `from` to `to`, both included; empty when `to` comes first. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

/** The last day of the month. */
export function monthEnd(month: Month): CalendarDate {
  return dayOf(lastDayOfMonth(monthStart(month), { in: utc }));
}

/** The calendar date at that instant in the zone. */
export function dateIn(instant: Date, timeZone: string): CalendarDate {
  return format(instant, "yyyy-MM-dd", { in: tz(timeZone) });
}

/** The month at that instant in the zone, for grouping by month. */
export function monthIn(instant: Date, timeZone: string): Month {
  return format(instant, "yyyy-MM", { in: tz(timeZone) });
}

/** Today's calendar date in the zone: what "today" means to that user. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  return dateIn(now, timeZone);
}

/** The value of a datetime-local input (YYYY-MM-DDTHH:mm) showing that instant in the zone. */
export function toLocalInput(instant: Date, timeZone: string): string {
  return format(instant, "yyyy-MM-dd'T'HH:mm", { in: tz(timeZone) });
}

/** The instant a datetime-local value means in the zone; null for a value that is not one. */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? "0"));
  // A date that does not exist (30 February) is refused rather than rolled over into March.
  if (!parseCalendarDate(value.slice(0, 10)) || hour > 23 || minute > 59 || second > 59) return null;
  const local = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  return Number.isNaN(local.getTime()) ? null : new Date(local.getTime());
}

/** "Mar 2, 2026": a calendar date, which no time zone moves to another day. */
export function formatDate(day: CalendarDate, locale: Locale = DATE_LOCALE): string {
  return format(calendar(day), "PP", { in: utc, locale });
}

/** "Mar 2026". */
export function formatMonth(month: Month, locale: Locale = DATE_LOCALE): string {
  return format(monthStart(month), "MMM yyyy", { in: utc, locale });
}

/** "Mar 2, 2026, 2:30 PM" in the zone, or "Mon, Mar 2, 2026, 2:30 PM" with the weekday (when a meeting is). */
export function formatDateTime(
  instant: Date,
  timeZone: string,
  options: { weekday?: boolean; locale?: Locale } = {},
): string {
  const pattern = options.weekday ? "EEE, PPp" : "PPp";
  return format(instant, pattern, { in: tz(timeZone), locale: options.locale ?? DATE_LOCALE });
}

/** "Mar 2, 2026": the day an instant (a creation, an update) fell on in the zone. */
export function formatMoment(instant: Date, timeZone: string, locale: Locale = DATE_LOCALE): string {
  return format(instant, "PP", { in: tz(timeZone), locale });
}

/** Wall-clock times in the user's time zone: what they type and what they read. */

export const DAY_MS = 86_400_000;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockIn(date: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)?.value ?? "0");
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** How far the zone is ahead of UTC at that instant, in milliseconds. */
function offsetMs(date: Date, timeZone: string): number {
  const wall = wallClockIn(date, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The calendar date (YYYY-MM-DD) at that instant in the zone. */
export function dateIn(date: Date, timeZone: string): string {
  const wall = wallClockIn(date, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The month (YYYY-MM) at that instant in the zone, for grouping by month. */
export function monthIn(date: Date, timeZone: string): string {
  return dateIn(date, timeZone).slice(0, 7);
}

/** The value of a datetime-local input (YYYY-MM-DDTHH:mm) showing that instant in the zone. */
export function toLocalInput(date: Date, timeZone: string): string {
  const wall = wallClockIn(date, timeZone);
  return `${dateIn(date, timeZone)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The instant a datetime-local value means in the zone; null for a value that is not one. */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const guess = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? "0"));
  if (Number.isNaN(guess)) return null;
  // Two passes: the offset at the first estimate can differ across a daylight-saving change.
  const first = guess - offsetMs(new Date(guess), timeZone);
  const second = guess - offsetMs(new Date(first), timeZone);
  return new Date(second);
}

/** "Mon 2 Mar 2026, 14:30" in the zone. */
export function formatDateTime(date: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

/** A calendar date (YYYY-MM-DD) as "2 Mar 2026"; calendar dates have no zone. */
export function formatDay(day: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(new Date(`${day}T00:00:00Z`));
}

/** A month (YYYY-MM) as "Mar 2026". */
export function formatMonth(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: "short", year: "numeric" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

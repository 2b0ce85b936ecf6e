/** Pure rules for projects and their outcomes: limits, normalisation and sanity checks. */

export const TITLE_MAX = 200;
export const ROLE_MAX = 120;
export const COMPANY_MAX = 120;
export const TECHNOLOGIES_MAX = 30;
export const TECHNOLOGY_MAX_LENGTH = 50;
export const PROJECT_SKILLS_MAX = 50;

export const METRIC_MAX = 200;
export const UNIT_MAX = 30;
export const TIMEFRAME_MAX = 100;
/** Larger magnitudes are typos (or attempts to break formatting), not career outcomes. */
const OUTCOME_ABS_MAX = 1e12;
export const OUTCOMES_PER_PROJECT_MAX = 50;

export const BULLET_TEXT_MAX = 1_000;

export const OUTCOME_CONFIDENCE = ["measured", "estimated"] as const;
export type OutcomeConfidence = (typeof OUTCOME_CONFIDENCE)[number];

/** Trimmed, blanks dropped, first spelling kept when two differ only in case. */
export function normalizeTechnologies(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const value = raw.trim().replace(/\s+/g, " ");
    const key = value.toLocaleLowerCase("en-US");
    if (value === "" || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

/** A comma- or newline-separated list as typed in a form. */
export function splitList(text: string): string[] {
  return text.split(/[,\n]/);
}

/** An ongoing project (no end) is always a valid period; otherwise the end is on or after the start. */
export function isValidPeriod(startedOn: string, endedOn: string | null | undefined): boolean {
  return !endedOn || endedOn >= startedOn;
}

export function isSaneOutcomeNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= OUTCOME_ABS_MAX;
}

/** Ids in first-seen order, without repeats. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/** Whether `order` names exactly the ids in `current`, each once. */
export function isSameIdSet(order: readonly string[], current: readonly string[]): boolean {
  if (order.length !== current.length) return false;
  const wanted = new Set(current);
  const given = new Set(order);
  return given.size === order.length && [...given].every((id) => wanted.has(id));
}

/** Moves the item at `index` one step; returns a new array, unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, direction: "up" | "down"): T[] {
  const target = direction === "up" ? index - 1 : index + 1;
  const copy = [...items];
  const from = copy[index];
  const to = copy[target];
  if (from === undefined || to === undefined) return copy;
  copy[index] = to;
  copy[target] = from;
  return copy;
}

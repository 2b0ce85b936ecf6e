/** Salary survey maths: percentiles, experience-level mapping, position within a band, offer direction. */

export const EXPERIENCE_LEVELS = ["EN", "MI", "SE", "EX"] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];
export const EXPERIENCE_LEVEL_NAMES: Record<ExperienceLevel, string> = {
  EN: "Entry",
  MI: "Mid",
  SE: "Senior",
  EX: "Executive",
};

const PERCENTILE_POINTS = [10, 25, 50, 75, 90] as const;
/** Below this sample size a band is shown with a warning. */
export const SMALL_SAMPLE = 30;

export function isExperienceLevel(code: string): code is ExperienceLevel {
  return (EXPERIENCE_LEVELS as readonly string[]).includes(code);
}

/**
 * The one percentile definition of Trajectory: linear interpolation between closest ranks
 * (Hyndman–Fan type 7, numpy's and R's default): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * `sorted` must be ascending and non-empty; p in [0, 1].
 */
export function percentile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error("percentile of an empty sample");
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] ?? 0;
  const high = sorted[Math.min(lo + 1, n - 1)] ?? low;
  return low + (h - lo) * (high - low);
}

export interface Percentiles {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/** P10…P90 of amounts in major units, returned in minor units (cents), rounded half away from zero. */
export function percentilesMinor(values: number[], minorDigits = 2): Percentiles {
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  const at = (p: number) => Math.round(percentile(list, p / 100) * 10 ** minorDigits);
  return { p10: at(10), p25: at(25), p50: at(50), p75: at(75), p90: at(90) };
}

export interface LevelRef {
  id: string;
  key: string;
  name: string;
  position: number;
}

/** EN → first level, MI → middle, SE → a "senior" level (else second to last), EX → the last. */
export function defaultLevelMapping(levels: readonly LevelRef[]): Record<ExperienceLevel, string> | null {
  const ordered = [...levels].sort((a, b) => a.position - b.position);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) return null;
  const middle = ordered[Math.floor((ordered.length - 1) / 2)] ?? first;
  const senior =
    ordered.find((level) => /senior/i.test(level.key) || /senior/i.test(level.name)) ??
    ordered[Math.max(0, ordered.length - 2)] ??
    first;
  return { EN: first.id, MI: middle.id, SE: senior.id, EX: last.id };
}

export interface BandPoints extends Partial<Percentiles> {
  min?: number | null;
  max?: number | null;
}

export type BandPosition =
  | { kind: "percentiles"; percentile: number; outside: "below" | "above" | null }
  | { kind: "range"; percentile: number; outside: "below" | "above" | null }
  | { kind: "open-range"; percentile: null; outside: "below" | "above" | null }
  | { kind: "none"; percentile: null; outside: null };

/** Where an amount sits in a band: interpolated between percentile points, or within a min–max range. */
export function positionInBand(amount: number, band: BandPoints): BandPosition {
  const points = PERCENTILE_POINTS.map((p) => [p, band[`p${p}` as keyof Percentiles]] as const).filter(
    (point): point is readonly [(typeof PERCENTILE_POINTS)[number], number] => typeof point[1] === "number",
  );
  if (points.length >= 2) return interpolate(amount, points);
  const { min, max } = band;
  if (typeof min === "number" && typeof max === "number" && max > min) {
    const raw = ((amount - min) / (max - min)) * 100;
    const outside = raw < 0 ? "below" : raw > 100 ? "above" : null;
    return { kind: "range", percentile: round1(Math.min(100, Math.max(0, raw))), outside };
  }
  if (typeof min === "number") {
    return { kind: "open-range", percentile: null, outside: amount < min ? "below" : "above" };
  }
  return { kind: "none", percentile: null, outside: null };
}

function interpolate(amount: number, points: readonly (readonly [number, number])[]): BandPosition {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return { kind: "none", percentile: null, outside: null };
  if (amount < first[1]) return { kind: "percentiles", percentile: first[0], outside: "below" };
  if (amount > last[1]) return { kind: "percentiles", percentile: last[0], outside: "above" };
  for (let i = 1; i < points.length; i += 1) {
    const [p0, v0] = points[i - 1] ?? first;
    const [p1, v1] = points[i] ?? last;
    if (amount <= v1) {
      const share = v1 === v0 ? 0 : (amount - v0) / (v1 - v0);
      return { kind: "percentiles", percentile: round1(p0 + share * (p1 - p0)), outside: null };
    }
  }
  return { kind: "percentiles", percentile: last[0], outside: null };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export type OfferDirection = "up" | "lateral" | "down" | "unknown-level" | "no-current-level";

/** A level offered as free text, matched to a ladder level by key or name, case-insensitively. */
export function matchLevel<T extends LevelRef>(levels: readonly T[], offered: string | null): T | null {
  const wanted = offered?.trim().toLowerCase();
  if (!wanted) return null;
  return (
    levels.find((level) => level.key.toLowerCase() === wanted) ??
    levels.find((level) => level.name.trim().toLowerCase() === wanted) ??
    null
  );
}

export function offerDirection(offered: LevelRef | null, current: LevelRef | null): OfferDirection {
  if (!offered) return "unknown-level";
  if (!current) return "no-current-level";
  if (offered.position > current.position) return "up";
  if (offered.position < current.position) return "down";
  return "lateral";
}

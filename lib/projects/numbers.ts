/** Formatting and reading of the numbers that resume bullets quote. */

const MINUS = "\u2212";

const CURRENCY_PREFIX: Record<string, string> = { usd: "$", $: "$", eur: "€", "€": "€", gbp: "£", "£": "£" };
const UNSPACED_UNITS = new Set(["%", "x", "×"]);

/** Thousands separators; up to two decimals, or three significant digits below 1. */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  const options: Intl.NumberFormatOptions =
    magnitude > 0 && magnitude < 1 ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat("en-US", options).format(value).replace("-", MINUS);
}

/** A number with its unit: "240 ms", "99.95%", "$12,000". */
export function formatValue(value: number, unit: string): string {
  const trimmed = unit.trim();
  const prefix = CURRENCY_PREFIX[trimmed.toLowerCase()];
  const number = formatNumber(value);
  if (prefix) return number.startsWith(MINUS) ? `${MINUS}${prefix}${number.slice(1)}` : `${prefix}${number}`;
  if (trimmed === "") return number;
  return UNSPACED_UNITS.has(trimmed.toLowerCase()) ? `${number}${trimmed}` : `${number} ${trimmed}`;
}

function isPercentUnit(unit: string): boolean {
  return /^(%|percent|pct)$/i.test(unit.trim());
}

/** Rounds to what a reader needs: whole numbers from 10 on, one decimal from 1, two below. */
function roundForDisplay(value: number): number {
  const magnitude = Math.abs(value);
  const decimals = magnitude >= 10 ? 0 : magnitude >= 1 ? 1 : 2;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A signed change for a bullet: "−70%", "+150%", "+12 percentage points"; null when it says nothing. */
export function formatChange(baseline: number, result: number, unit: string): string | null {
  if (isPercentUnit(unit)) {
    const points = roundForDisplay(result - baseline);
    if (points === 0) return null;
    const word = Math.abs(points) === 1 ? "percentage point" : "percentage points";
    return `${signOf(points)}${formatNumber(Math.abs(points))} ${word}`;
  }
  // A change from zero has no percentage; from a negative baseline the sign of a ratio misleads.
  if (baseline <= 0 || result < 0) return null;
  const ratio = result / baseline;
  if (ratio >= 10) return `${formatNumber(ratio >= 100 ? Math.round(ratio) : roundForDisplay(ratio))}×`;
  const percent = roundForDisplay((ratio - 1) * 100);
  if (percent === 0) return null;
  return `${signOf(percent)}${formatNumber(Math.abs(percent))}%`;
}

function signOf(value: number): string {
  return value < 0 ? MINUS : "+";
}

/** A number as written in prose, with how precisely it was written. */
export interface NumberMention {
  text: string;
  /** The digits as a number, before any k/m/bn suffix. */
  digits: number;
  /** 1, 1e3, 1e6 or 1e9 for "", "k", "m", "bn". */
  scale: number;
  /** Decimals written after the point. */
  decimals: number;
  /** Significant digits written: "1.2k" has two, "0.05" one. */
  significant: number;
  value: number;
}

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

// Not glued to a letter ("p95", "v2"); thousands by commas; optional decimals; then "1.2k", "3M", "2 million".
const NUMBER_PATTERN =
  /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:(?:(k|mn|m|bn|b)|\s?(thousand|million|billion))(?![\p{L}\d]))?/giu;

/** Every number in the text, read the way a reader would ("1.2k" is 1,200). */
export function findNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const whole = (match[1] ?? "").replaceAll(",", "");
    const fraction = match[2] ?? "";
    const suffix = (match[3] ?? match[4] ?? "").toLowerCase();
    const digits = Number(fraction ? `${whole}.${fraction}` : whole);
    const scale = SCALES[suffix] ?? 1;
    const significant = `${whole}${fraction}`.replace(/^0+/, "").length;
    mentions.push({
      text: match[0],
      digits,
      scale,
      decimals: fraction.length,
      significant,
      value: digits * scale,
    });
  }
  return mentions;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether a mention states this number: exactly, or rounded to the precision it is written in with at
 * least two significant digits ("1.2k" states 1,234; "1" does not state 1.4).
 */
export function mentionStates(mention: NumberMention, value: number): boolean {
  const magnitude = Math.abs(value);
  if (near(mention.value, magnitude)) return true;
  if (mention.significant < 2) return false;
  const factor = 10 ** mention.decimals;
  return near(Math.round((magnitude / mention.scale) * factor) / factor, mention.digits);
}

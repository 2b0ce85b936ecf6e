/** Offer amounts: typed in major units ("145000.50"), stored as integer minor units with an ISO 4217 code. */
import { LOCALE } from "./locale";

/** Twelve integer digits: a trillion in any currency, still exact as a double once in minor units. */
export const MAJOR_AMOUNT_PATTERN = /^\d{1,12}(?:\.\d+)?$/;

let knownCurrencies: Set<string> | null = null;

/** Whether the runtime knows the code as a currency; a 3-letter upper-case code where the runtime cannot say. */
export function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (typeof Intl.supportedValuesOf !== "function") return true;
  knownCurrencies ??= new Set(Intl.supportedValuesOf("currency"));
  return knownCurrencies.has(code);
}

/** How many minor units a currency has (2 for EUR, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  try {
    const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits;
    return digits ?? 2;
  } catch {
    return 2;
  }
}

/** "145000.50" in a 2-digit currency → 14500050; null when it has more decimals than the currency allows. */
export function majorToMinor(major: string, digits: number): number | null {
  if (!MAJOR_AMOUNT_PATTERN.test(major)) return null;
  const [whole = "0", rawFraction = ""] = major.split(".");
  const fraction = rawFraction.replace(/0+$/, "");
  if (fraction.length > digits) return null;
  // String arithmetic, so 0.1 + 0.2 never happens.
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** 14500050 in a 2-digit currency → "145000.50", the form's value for an amount. */
export function minorToMajor(minor: number, digits: number): string {
  if (digits === 0) return String(minor);
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  const sign = minor < 0 ? "-" : "";
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** An amount with its currency, e.g. "$145,000.50" or "¥5,000,000". */
export function formatMoney(minor: number, currency: string, locale: string = LOCALE): string {
  const digits = currencyDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(minor / 10 ** digits);
  } catch {
    return `${minorToMajor(minor, digits)} ${currency}`;
  }
}

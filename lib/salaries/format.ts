import { formatMoney } from "@/lib/money";

/** Money for the pay page: whole units, with the currency ("$85,000"). */
export function money(minor: number | null, currency: string): string {
  if (minor === null) return "—";
  return formatMoney(minor, currency, "en-US").replace(/\.00$/, "");
}

export interface BandLike {
  currency: string;
  minMinor: number | null;
  maxMinor: number | null;
  typicalMaxMinor: number | null;
  p10Minor: number | null;
  p50Minor: number | null;
  p90Minor: number | null;
}

/** "P10 $x · P50 $y · P90 $z" for a survey band, "$a – $b" or "$a+" for a range. */
export function bandSummary(band: BandLike): string {
  if (band.p50Minor !== null) {
    return `P10 ${money(band.p10Minor, band.currency)} · P50 ${money(band.p50Minor, band.currency)} · P90 ${money(band.p90Minor, band.currency)}`;
  }
  if (band.maxMinor !== null)
    return `${money(band.minMinor, band.currency)} – ${money(band.maxMinor, band.currency)}`;
  const typical = band.typicalMaxMinor === null ? "" : ` – ${money(band.typicalMaxMinor, band.currency)}`;
  return `${money(band.minMinor, band.currency)}${typical}+ (open above)`;
}

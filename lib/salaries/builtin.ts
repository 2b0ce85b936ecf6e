/**
 * The seed's US backend developer pay (../shared/seed/000_aa806d2299f069f1.txt), by level key of the built-in
 * ladder (source "builtin"; matched by source, not slug, so a renamed slug cannot drop them).
 */

export const BUILTIN_BAND_SOURCE = "2026 guide to backend developer skills (seed)";
/** The seed states no licence of its own; it is the project's bundled seed text. */
export const BUILTIN_BAND_LICENCE = "Trajectory seed";

export interface BuiltinBand {
  levelKey: string;
  region: string;
  currency: string;
  year: number;
  minMinor: number;
  /** Null: open above (the seed's "$180K+"). */
  maxMinor: number | null;
  /** The seed's figure before its "+", shown but not a bound. */
  typicalMaxMinor: number | null;
}

const usd = (dollars: number) => dollars * 100;

export const BUILTIN_BANDS: readonly BuiltinBand[] = [
  {
    levelKey: "entry",
    region: "US",
    currency: "USD",
    year: 2026,
    minMinor: usd(60_000),
    maxMinor: usd(85_000),
    typicalMaxMinor: null,
  },
  {
    levelKey: "mid",
    region: "US",
    currency: "USD",
    year: 2026,
    minMinor: usd(85_000),
    maxMinor: usd(125_000),
    typicalMaxMinor: null,
  },
  {
    levelKey: "senior",
    region: "US",
    currency: "USD",
    year: 2026,
    minMinor: usd(125_000),
    maxMinor: null,
    typicalMaxMinor: usd(180_000),
  },
];

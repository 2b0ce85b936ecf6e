/**
 * How each imported format's levels map onto Trajectory's 5-point scale (1 Awareness … 5 Expert),
 * kept in one place so the mappings are read and changed together.
 *
 * FT job families: the schema's five proficiency words are exactly our scale's five names, in order
 *   Awareness → 1, Foundational → 2, Working knowledge → 3, Practitioner → 4, Expert → 5.
 * Monzo frameworks: N numbered levels are spread evenly over 1–5 (level 1 → 1, level N → 5),
 *   rounded, so the mapping only ever rises: for N = 6, levels 1–6 → 1, 2, 3, 3, 4, 5.
 */

const FT_PROFICIENCY: Readonly<Record<string, number>> = {
  awareness: 1,
  foundational: 2,
  "working knowledge": 3,
  practitioner: 4,
  expert: 5,
};

/** The 1–5 proficiency of an FT word (case-insensitive), or null for a word we do not know. */
export function ftProficiency(word: string): number | null {
  return FT_PROFICIENCY[word.trim().toLowerCase()] ?? null;
}

/** Level `position` (1-based) of a ladder of `count` levels, spread monotonically over 1–5. */
export function spreadLevel(position: number, count: number): number {
  if (count <= 1) return 3;
  return 1 + Math.round(((position - 1) * 4) / (count - 1));
}

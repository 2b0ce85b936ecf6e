import { proficiencyName } from "@/lib/skills/catalogue";

/** "3 of 5 — Working knowledge"; 0 is a skill never assessed. */
export function levelWords(level: number): string {
  return level === 0 ? "0 of 5 — Not assessed" : `${level} of 5 — ${proficiencyName(level)}`;
}

export function gapWords(gap: number | null): string {
  if (gap === null) return "Optional";
  if (gap === 0) return "None";
  return gap === 1 ? "1 level" : `${gap} levels`;
}

/** Items with their weighted count when old items were halved. */
export function evidenceWords(items: number, weight: number): string {
  if (items === 0) return "No evidence";
  const count = items === 1 ? "1 item" : `${items} items`;
  return weight === items ? count : `${count} (weight ${weight.toLocaleString("en-US")})`;
}

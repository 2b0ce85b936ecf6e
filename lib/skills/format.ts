import { proficiencyName } from "./catalogue";

/** "3/5 · Working knowledge": the number carries its scale. */
export function levelOnScale(level: number): string {
  return `${level}/5 · ${proficiencyName(level)}`;
}

export function evidenceCountLabel(count: number): string {
  if (count === 0) return "No evidence";
  return count === 1 ? "1 item" : `${count} items`;
}

export const KIND_LABELS = { technical: "Technical", soft: "Soft", tool: "Tool" } as const;

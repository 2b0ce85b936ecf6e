import { proficiencyName } from "@/server/domain/catalogue";

/** A calendar date as people read it; the day itself does not move with the time zone. */
export function formatDay(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-US", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** "3/5 · Working knowledge": the number carries its scale. */
export function levelOnScale(level: number): string {
  return `${level}/5 · ${proficiencyName(level)}`;
}

export function evidenceCountLabel(count: number): string {
  if (count === 0) return "No evidence";
  return count === 1 ? "1 item" : `${count} items`;
}

export const KIND_LABELS = { technical: "Technical", soft: "Soft", tool: "Tool" } as const;

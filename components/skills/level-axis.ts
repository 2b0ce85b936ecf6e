import { proficiencyName } from "@/lib/skills/catalogue";

/** The 1–5 proficiency scale as a chart's Y axis, shared by the growth and drift charts. */
export const LEVEL_Y_AXIS = {
  domain: [1, 5] as [number, number],
  ticks: [1, 2, 3, 4, 5],
  allowDecimals: false,
  width: 130,
  tick: { fontSize: 12 },
  tickFormatter: (level: number) => `${level} ${proficiencyName(level)}`,
};

/** A tooltip value on that scale: "3/5 · Working knowledge". */
export function levelTooltipValue<T>(value: T): T | string {
  return typeof value === "number" ? `${value}/5 · ${proficiencyName(value)}` : value;
}

"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useViewing } from "@/components/mentoring/viewing";
import { useTRPC } from "@/components/trpc/react";
import { Field } from "@/components/ui/field";
import { chartRows } from "@/lib/skills/growth";
import { dateField } from "@/lib/validation";
import { GROWTH_SKILLS_MAX } from "@/lib/skills/inputs";
import { GrowthTable } from "./growth-table";
import { LEVEL_Y_AXIS, levelTooltipValue } from "./level-axis";

// Distinct in light and dark themes, and in order of contrast.
const COLORS = [
  "#2563eb",
  "#dc2626",
  "#16a34a",
  "#9333ea",
  "#ea580c",
  "#0891b2",
  "#ca8a04",
  "#db2777",
  "#4b5563",
];

interface GrowthChartProps {
  skills: { id: string; name: string }[];
  /** Skills shown until the user picks: the assessed ones. */
  defaultSelection: string[];
}

const validDate = (value: string) => (dateField.safeParse(value).success ? value : null);

export function GrowthChart({ skills, defaultSelection }: GrowthChartProps) {
  const trpc = useTRPC();
  const { menteeId } = useViewing();
  const titleId = useId();
  const [picked, setPicked] = useState<string[] | null>(null);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const selected = (picked ?? defaultSelection).slice(0, GROWTH_SKILLS_MAX);
  const range = { from: validDate(from), to: validDate(to) };
  const backwards = Boolean(range.from && range.to && range.from > range.to);
  const growth = useQuery({
    ...trpc.skills.growth.queryOptions(
      { skillIds: selected, ...range, menteeId },
      { enabled: selected.length > 0 && !backwards },
    ),
    placeholderData: keepPreviousData,
  });
  const toggle = (id: string, on: boolean) =>
    setPicked(on ? [...selected, id] : selected.filter((skillId) => skillId !== id));
  const data = growth.data && selected.length > 0 ? growth.data : null;
  const rows = data ? chartRows(data) : [];

  return (
    <div className="grid gap-4">
      <div className="grid gap-4 md:grid-cols-[1fr_auto]">
        <fieldset className="grid gap-1">
          <legend className="mb-1 text-sm font-medium">
            Skills on the chart (up to {GROWTH_SKILLS_MAX})
          </legend>
          <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {skills.map((skill) => {
              const checked = selected.includes(skill.id);
              return (
                <label key={skill.id} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && selected.length >= GROWTH_SKILLS_MAX}
                    onChange={(event) => toggle(skill.id, event.target.checked)}
                  />
                  {skill.name}
                </label>
              );
            })}
          </div>
        </fieldset>
        <div className="grid content-start gap-3 sm:grid-cols-2 md:grid-cols-1">
          <Field label="From" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          <Field
            label="To"
            type="date"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            errors={backwards ? ["the end comes before the start"] : undefined}
          />
        </div>
      </div>
      {selected.length === 0 ? (
        <p className="text-sm text-muted-foreground">Choose a skill above to see how its level moved.</p>
      ) : !data ? (
        <p className="text-sm text-muted-foreground">
          {growth.isError ? growth.error.message : "Loading the chart…"}
        </p>
      ) : (
        <figure className="grid gap-2" aria-labelledby={titleId}>
          <figcaption id={titleId} className="text-sm text-muted-foreground">
            Level at each month&apos;s end, from 1 (Awareness) to 5 (Expert); a level holds until the next
            assessment.
          </figcaption>
          <div
            role="img"
            aria-label={`Growth chart of ${data.series.map((series) => series.name).join(", ")} by month`}
          >
            <LineChart
              responsive
              style={{ width: "100%", height: 320 }}
              data={rows}
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border, #e5e7eb)" />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis {...LEVEL_Y_AXIS} />
              <Tooltip formatter={levelTooltipValue} />
              <Legend />
              {data.series.map((series, index) => (
                <Line
                  key={series.skillId}
                  type="stepAfter"
                  dataKey={series.skillId}
                  name={series.name}
                  stroke={COLORS[index % COLORS.length]}
                  strokeWidth={2}
                  dot={{ r: 4 }}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </div>
          <GrowthTable months={data.months} series={data.series} />
        </figure>
      )}
    </div>
  );
}
